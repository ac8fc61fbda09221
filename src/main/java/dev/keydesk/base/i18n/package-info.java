/**
 * Languages and translations: the two languages Keydesk speaks, Vaadin's I18NProvider over
 * {@code vaadin-i18n/translations*.properties}, and translation for code outside the UI (mails).
 */
@NullMarked
package dev.keydesk.base.i18n;

import org.jspecify.annotations.NullMarked;
