package dev.keydesk.apikey.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.Element;

/**
 * Where the server last asked the browser to put keyboard focus. Focus is a browser call
 * ({@code Focusable.focus()}, or {@code DialogFocus}'s wait for a dialog to open), so a test without a
 * browser reads the calls queued for the next response. Reading takes them off the queue, so each read
 * sees only what happened since the last one.
 */
final class FocusRequests {

    private FocusRequests() {
    }

    /** The component of the last focus call since the previous read, if any. */
    static Optional<Component> last() {
        List<PendingJavaScriptInvocation> calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        Component focused = null;
        for (PendingJavaScriptInvocation call : calls) {
            if (!call.getInvocation().getExpression().contains(".focus(")) {
                continue;
            }
            // DialogFocus passes its target as $0; Focusable.focus() runs on the component's own element.
            Element target = call.getInvocation().getParameters().stream().filter(Element.class::isInstance)
                    .map(Element.class::cast).findFirst().orElseGet(() -> Element.get(call.getOwner()));
            focused = target.getComponent().orElse(focused);
        }
        return Optional.ofNullable(focused);
    }

    /** Forgets the focus calls queued so far. */
    static void clear() {
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    }
}
