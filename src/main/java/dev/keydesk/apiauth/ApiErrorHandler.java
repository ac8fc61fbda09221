package dev.keydesk.apiauth;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.keydesk.base.data.DatabaseOutage;
import dev.keydesk.base.web.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error under /api/** is JSON: unknown paths, wrong methods, unreadable bodies, bugs. */
@RestController
@RestControllerAdvice(basePackages = "dev.keydesk")
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    ApiErrorHandler(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /**
     * Without this, an unknown /api path would fall through to Vaadin and get an HTML page. Since it
     * matches every method, it also tells a known path with the wrong method (405) from an unknown one.
     */
    @RequestMapping("/api/**")
    ResponseEntity<ApiError> unknownPath(HttpServletRequest request) {
        Set<HttpMethod> allowed = allowedMethods(request.getRequestURI());
        if (!allowed.isEmpty()) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(allowed.toArray(HttpMethod[]::new))
                    .body(WRONG_METHOD);
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not_found", "No such API endpoint."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> wrongMethod() {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(WRONG_METHOD);
    }

    private static final ApiError WRONG_METHOD = new ApiError("method_not_allowed",
            "This endpoint does not accept that HTTP method.");

    private Set<HttpMethod> allowedMethods(String uri) {
        PathContainer path = PathContainer.parsePath(uri);
        Set<HttpMethod> allowed = new LinkedHashSet<>();
        mappings.getObject().getHandlerMethods().forEach((info, handler) -> {
            PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
            if (handler.getBeanType() != ApiErrorHandler.class && patterns != null
                    && patterns.getPatterns().stream().anyMatch(pattern -> pattern.matches(path))) {
                info.getMethodsCondition().getMethods().forEach(method -> allowed.add(method.asHttpMethod()));
            }
        });
        return allowed;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable() {
        return ResponseEntity.badRequest().body(new ApiError("malformed_request", "The request body is not valid JSON."));
    }

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class})
    ResponseEntity<ApiError> mediaType() {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(new ApiError("unsupported_media_type", "Send and accept application/json."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(HttpServletRequest request) {
        return unknownPath(request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(HttpServletRequest request, Exception e) {
        if (DatabaseOutage.isCause(e)) {
            log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(DatabaseOutageFilter.UNAVAILABLE);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(new ApiError("internal_error", "Something went wrong on our side. Please try again."));
    }
}
