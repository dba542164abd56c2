package org.standingoffice.console.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.desk.DraftView;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.ConfidenceLevel;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.drafting.QuoteFormat;
import org.standingoffice.drafting.StaffNotes;

/**
 * Reads a question the way {@code POST /api/v1/questions} reads it and writes one the way the API
 * answers, before the service reports ready, with Spring MVC's own JSON converter and validator: they
 * build their reader, writer and constraint metadata for these types here instead of on the first
 * asker's request (issue 20: that request took twice as long as the next ones). Touches no data. Off
 * with {@code office.search.warm-up=false}, like the other warm-ups.
 */
@Component
@Order(4)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "office.search.warm-up", havingValue = "true", matchIfMissing = true)
class ApiWarmUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ApiWarmUp.class);

    private static final String QUESTION =
            "{\"text\": \"Cơ quan nào hướng dẫn việc sắp xếp?\", \"commune\": null, \"language\": \"vi\"}";

    /** Staff see every part of a question. */
    private static final StaffPrincipal STAFF =
            new StaffPrincipal(new StaffAccount("warm-up", "warm-up", Role.STAFF, null, true, Instant.EPOCH, null), "");

    private final RequestMappingHandlerAdapter mvc;
    private final QuoteFormat quotes;

    ApiWarmUp(RequestMappingHandlerAdapter mvc, QuoteFormat quotes) {
        this.mvc = mvc;
        this.quotes = quotes;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            QuestionsApi.AskRequest request = read(QuestionsApi.AskRequest.class, QUESTION);
            validate(request);
            write(QuestionResponse.of(question(request.text()), STAFF, quotes));
        } catch (IOException | RuntimeException e) {
            // A warm-up only saves the first asker a wait: whatever fails here stops no start.
            LOG.warn("Warming up the API failed, the first question will be slower: {}", e.toString());
        }
    }

    private <T> T read(Class<T> type, String json) throws IOException {
        HttpMessageConverter<T> converter = converter(type, true);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return type.cast(converter.read(type, new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                HttpHeaders headers = new HttpHeaders();
                headers.setContentType(MediaType.APPLICATION_JSON);
                headers.setContentLength(body.length);
                return headers;
            }
        }));
    }

    private void validate(Object target) {
        if (mvc.getWebBindingInitializer() instanceof ConfigurableWebBindingInitializer initializer) {
            Validator validator = initializer.getValidator();
            if (validator != null) {
                validator.validate(target, new BeanPropertyBindingResult(target, "request"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void write(T value) throws IOException {
        HttpMessageConverter<T> converter = converter((Class<T>) value.getClass(), false);
        HttpHeaders headers = new HttpHeaders();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        converter.write(value, MediaType.APPLICATION_JSON, new HttpOutputMessage() {
            @Override
            public OutputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        });
    }

    @SuppressWarnings("unchecked")
    private <T> HttpMessageConverter<T> converter(Class<T> type, boolean reading) {
        return (HttpMessageConverter<T>) mvc.getMessageConverters().stream()
                .filter(converter -> reading
                        ? converter.canRead(type, MediaType.APPLICATION_JSON)
                        : converter.canWrite(type, MediaType.APPLICATION_JSON))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JSON converter for " + type.getSimpleName()));
    }

    /** A drafted question with every part the API shows: a draft with a citation and notes. */
    private static QuestionView question(String text) {
        Instant now = Instant.now();
        DraftView draft = new DraftView(
                "MACHINE",
                text,
                List.of(new Citation("183-KL/TW", "4(2)")),
                "extractive",
                now,
                "system",
                Escalation.NONE,
                StaffNotes.of(1, ConfidenceLevel.HIGH));
        return new QuestionView(
                new QuestionId(1),
                QuestionStatus.AWAITING_APPROVAL,
                text,
                "vi",
                "warm-up",
                null,
                null,
                QuestionsApi.CHANNEL,
                "warm-up",
                "central",
                null,
                0.9,
                draft,
                null,
                null,
                now,
                now,
                null,
                1);
    }
}
