package dev.keydesk.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Lumo plus our own stylesheet, both from META-INF/resources: no frontend bundle rebuild needed. Light or
 * dark as the operating system says, until the person picks one in the user menu (ShellSetup applies it).
 */
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "referrer", content = "no-referrer")
public class AppShell implements AppShellConfigurator {
}
