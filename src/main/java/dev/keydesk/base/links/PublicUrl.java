package dev.keydesk.base.links;

import java.net.URI;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where people reach Keydesk ({@code keydesk.public-url}, {@code KEYDESK_PUBLIC_URL}): the base of every
 * absolute link Keydesk writes, such as the one in a sign-up confirmation mail. Links are never built
 * from the request's Host header, which the sender of the request chooses.
 *
 * @param publicUrl an absolute http(s) URL without query or fragment, e.g. {@code https://keys.example.com}
 */
@ConfigurationProperties("keydesk")
public record PublicUrl(URI publicUrl) {

    public PublicUrl {
        String scheme = publicUrl.getScheme() == null ? "" : publicUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || publicUrl.getHost() == null
                || publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null
                || publicUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("keydesk.public-url (KEYDESK_PUBLIC_URL) must be an absolute http(s) "
                    + "URL without user, query or fragment, such as https://keys.example.com; it is " + publicUrl);
        }
    }

    /** The absolute link to a page of Keydesk with one query parameter, encoded. */
    public URI link(String path, String parameter, String value) {
        return UriComponentsBuilder.fromUri(publicUrl).path(path).queryParam(parameter, value).encode().build()
                .toUri();
    }

    /** The absolute link to a page of Keydesk. */
    public URI link(String path) {
        return UriComponentsBuilder.fromUri(publicUrl).path(path).build().toUri();
    }
}
