package dev.keydesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test class when anything logged at ERROR while its tests ran: hostile input must be refused
 * calmly, not by an exception an operator gets paged for. The appender is (re)attached before each test
 * because starting a Spring context resets Logback's configuration.
 */
public class NoErrorLogged implements BeforeEachCallback, AfterAllCallback {

    private static final String NAME = "no-error-logged";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoErrorLogged.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = errors(context);
        if (root.getAppender(NAME) == null) {
            root.addAppender(appender);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = errors(context);
        root.detachAppender(appender);
        appender.stop();
        assertThat(appender.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage()))
                .as("ERROR lines logged while " + context.getDisplayName() + " ran").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static ListAppender<ILoggingEvent> errors(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
                context.getRequiredTestClass().getName(), name -> {
                    ListAppender<ILoggingEvent> appender = new ListAppender<>();
                    appender.setName(NAME);
                    appender.start();
                    return appender;
                }, ListAppender.class);
    }
}
