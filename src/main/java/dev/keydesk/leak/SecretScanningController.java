package dev.keydesk.leak;

import java.io.IOException;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

import dev.keydesk.base.web.ApiError;
import dev.keydesk.base.web.RequestBodies;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Secret-scanning reports in the format of GitHub's partner program. The signature is the
 * credential: it is checked over the raw bytes as they arrived, before the body is parsed, so a
 * report that is not signed by a trusted key changes nothing and reveals nothing.
 */
@RestController
public class SecretScanningController {

    /** Public for the /api/** chain, which lets reports through to this controller's own signature check. */
    public static final String PATH = "/api/v1/secret-scanning/github";
    static final String KEY_IDENTIFIER = "Github-Public-Key-Identifier";
    static final String KEY_SIGNATURE = "Github-Public-Key-Signature";

    private static final Logger log = LoggerFactory.getLogger(SecretScanningController.class);
    private static final ApiError INVALID_SIGNATURE = new ApiError("invalid_signature", "The report must be signed "
            + "by a trusted key: send the " + KEY_IDENTIFIER + " and " + KEY_SIGNATURE + " headers.");

    private final TrustedKeys trustedKeys;
    private final ReportParser parser;
    private final LeakReportService reports;
    private final long maxReportBytes;

    SecretScanningController(TrustedKeys trustedKeys, ReportParser parser, LeakReportService reports,
            SecretScanningProperties properties) {
        this.trustedKeys = trustedKeys;
        this.parser = parser;
        this.reports = reports;
        this.maxReportBytes = properties.maxReportSize().toBytes();
    }

    @PostMapping(PATH)
    ResponseEntity<?> report(@RequestHeader(name = KEY_IDENTIFIER, required = false) @Nullable String identifier,
            @RequestHeader(name = KEY_SIGNATURE, required = false) @Nullable String signature,
            HttpServletRequest request) throws IOException {
        Optional<byte[]> raw = RequestBodies.readAtMost(request, maxReportBytes);
        if (raw.isEmpty()) {
            return tooLarge();
        }
        byte[] body = raw.get();
        Optional<PublicKey> key = identifier == null || identifier.isBlank()
                ? Optional.empty() : trustedKeys.find(identifier.strip());
        if (key.isEmpty() || signature == null || !ReportSignature.verifies(key.get(), body, signature)) {
            log.warn("Refused a secret-scanning report from {}: key identifier {}, {}", request.getRemoteAddr(),
                    printable(identifier), key.isEmpty() ? "not trusted" : "signature does not verify");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(INVALID_SIGNATURE);
        }
        List<ReportedToken> tokens;
        try {
            tokens = parser.parse(body);
        } catch (MalformedReportException e) {
            return ResponseEntity.badRequest().body(new ApiError("malformed_report", e.getMessage()));
        }
        List<TokenLabel> labels = reports.process(tokens, request.getRemoteAddr());
        log.info("Secret-scanning report from {} signed by {}: {} tokens, {} issued by Keydesk",
                request.getRemoteAddr(), printable(identifier), labels.size(),
                labels.stream().filter(label -> label.label().equals(TokenLabel.TRUE_POSITIVE)).count());
        return ResponseEntity.ok(labels);
    }

    private static ResponseEntity<ApiError> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(new ApiError("report_too_large", "The report is larger than this endpoint accepts."));
    }

    /** Header values are the caller's words: short and without control characters before they are logged. */
    private static String printable(@Nullable String value) {
        if (value == null) {
            return "(none)";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "\u2026" : clean;
    }
}
