package dev.keydesk.apikey.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementData;
import com.vaadin.flow.internal.nodefeature.TextNodeMap;
import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;

/**
 * Finds every place a secret still shows up in the Vaadin state of a test: the UI's whole state tree
 * (virtual children such as dialogs included) and everything Java serialization can reach from the
 * session, which is what a clustered session store would persist.
 */
final class SecretTraces {

    private SecretTraces() {
    }

    /** Elements of the UI's state tree whose text, attributes or properties contain the secret. */
    static List<String> inUiTree(UI ui, String secret) {
        List<String> found = new ArrayList<>();
        ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> {
            if (!node.hasFeature(ElementData.class) && !node.hasFeature(TextNodeMap.class)) {
                return;
            }
            Element element = Element.get(node);
            String tag = element.isTextNode() ? "#text" : element.getTag();
            if (element.isTextNode() && element.getText().contains(secret)) {
                found.add(tag + " text");
            }
            element.getAttributeNames().filter(name -> contains(element.getAttribute(name), secret))
                    .forEach(name -> found.add(tag + " attribute " + name));
            element.getPropertyNames().filter(name -> contains(element.getPropertyRaw(name), secret))
                    .forEach(name -> found.add(tag + " property " + name));
        });
        return found;
    }

    /** Session attribute names whose value (or the value's own description) contains the secret. */
    static List<String> inSessionAttributes(VaadinSession session, String secret) {
        List<String> found = new ArrayList<>();
        for (String name : session.getSession().getAttributeNames()) {
            Object value = session.getSession().getAttribute(name);
            if (name.contains(secret) || contains(value, secret)) {
                found.add(name);
            }
        }
        return found;
    }

    /**
     * Whether the secret is among the bytes Java serialization writes for the session's state.
     * Objects that cannot be serialized (Spring beans, services) are written as null: a clustered
     * session store could not keep them either.
     */
    static boolean reachableBySerialization(VaadinSession session, String secret) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SkippingOutputStream out = new SkippingOutputStream(bytes)) {
            for (UI ui : session.getUIs()) {
                out.writeObject(ui);
            }
            for (String name : session.getSession().getAttributeNames()) {
                out.writeObject(session.getSession().getAttribute(name));
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1).contains(secret);
    }

    private static boolean contains(@Nullable Object value, String secret) {
        return value != null && Objects.toString(value).contains(secret);
    }

    private static final class SkippingOutputStream extends ObjectOutputStream {

        SkippingOutputStream(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return obj instanceof Serializable ? obj : null;
        }
    }
}
