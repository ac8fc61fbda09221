package dev.keydesk.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The shared way to give a route a translated browser title (WCAG 2.4.2; axe {@code document-title}):
 * instead of {@code @PageTitle("API Keys · Keydesk")}, implement this and name the key of the page's name,
 * e.g. {@code public String titleKey() { return "apikeys.title"; }}. The title then reads
 * "API Keys · Keydesk" or "Chaves de API · Keydesk" in the UI's language ({@code shell.page-title}).
 */
public interface HasTranslatedTitle extends HasDynamicTitle {

    /** The translation key of this page's name. */
    String titleKey();

    @Override
    default String getPageTitle() {
        return pageTitle(titleKey());
    }

    /** "{page name} · Keydesk" in the current UI's language. */
    static String pageTitle(String titleKey) {
        return I18NProvider.translate("shell.page-title", I18NProvider.translate(titleKey));
    }
}
