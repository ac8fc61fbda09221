package dev.keydesk.base.web;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP edge shared by the dashboard and the API (docs/security.md, "HTTP edge"). */
@Configuration
class HttpEdgeConfiguration {

    /** Spring Security picks the one RequestRejectedHandler bean for its firewall's refusals. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ApiErrorWriter errors) {
        return new ApiRequestRejectedHandler(errors);
    }

    /** First of all, so that every answer, refusals included, carries the headers. */
    @Bean
    FilterRegistrationBean<ResponseHeadersFilter> responseHeadersFilter() {
        FilterRegistrationBean<ResponseHeadersFilter> registration = new FilterRegistrationBean<>(
                new ResponseHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiErrorDispatchFilter> apiErrorDispatchFilter(ApiErrorWriter errors) {
        FilterRegistrationBean<ApiErrorDispatchFilter> registration = new FilterRegistrationBean<>(
                new ApiErrorDispatchFilter(errors));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<VaadinUiIdFilter> vaadinUiIdFilter() {
        FilterRegistrationBean<VaadinUiIdFilter> registration = new FilterRegistrationBean<>(new VaadinUiIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiLookalikeFilter> apiLookalikeFilter(ApiErrorWriter errors) {
        FilterRegistrationBean<ApiLookalikeFilter> registration = new FilterRegistrationBean<>(
                new ApiLookalikeFilter(errors));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    /** After the security chains: only authenticated callers learn what body a JSON endpoint takes. */
    @Bean
    FilterRegistrationBean<JsonBodyFilter> jsonBodyFilter(ApiErrorWriter errors) {
        FilterRegistrationBean<JsonBodyFilter> registration = new FilterRegistrationBean<>(new JsonBodyFilter(errors));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /**
     * Replaces the host's error report valve (Spring Boot adds one without server details) by one that
     * answers JSON under /api. Runs after Boot's own customizer, whose valve it then removes.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports(JsonMapper json) {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new JsonErrorReportValve(json));
            if (host instanceof org.apache.catalina.core.StandardHost standard) {
                standard.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        });
    }
}
