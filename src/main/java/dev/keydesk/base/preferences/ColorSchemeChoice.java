package dev.keydesk.base.preferences;

/** A colour scheme the person picked; having none means following the operating system. */
public enum ColorSchemeChoice {
    LIGHT, DARK
}
