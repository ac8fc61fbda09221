package dev.keydesk.apikey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.Disclosure;

/**
 * "Found publicly at <url>" for a deactivated key. The URL comes from a code host's report, so it
 * becomes a link only when it is http(s), and the link opens in a new tab that cannot reach back
 * into Keydesk ({@code noopener}) nor learn where it came from ({@code noreferrer}).
 */
final class FoundPublicly {

    private FoundPublicly() {
    }

    static Component of(ApiKeySummary key) {
        Span line = new Span();
        line.addClassName("found-publicly");
        String url = key.leakUrl();
        if (url == null) {
            line.setText(key.deactivationReason() == null ? KeyTexts.t("apikeys.status.deactivated")
                    : KeyTexts.t("apikeys.deactivated.reason", key.deactivationReason()));
            return line;
        }
        line.add(KeyTexts.t("apikeys.found-publicly") + " ");
        line.add(Disclosure.isWebLink(url) ? link(url) : new Span(url));
        return line;
    }

    static Anchor link(String url) {
        Anchor link = new Anchor(url, url, AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.setRouterIgnore(true);
        return link;
    }
}
