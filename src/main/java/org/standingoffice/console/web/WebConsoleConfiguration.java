package org.standingoffice.console.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.web.error.ErrorPage;
import org.springframework.boot.web.error.ErrorPageRegistrar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.console.ConsoleProperties;
import org.standingoffice.knowledge.KnowledgeProperties;

/**
 * The console's language: {@code ?lang=vi}, {@code en} or {@code sv} switches it, the account
 * remembers the choice (see {@link AccountLocaleResolver}); without one, the office's language.
 */
@Configuration(proxyBeanMethods = false)
class WebConsoleConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver(StaffDirectory directory, ConsoleProperties properties) {
        return new AccountLocaleResolver(directory, properties.language());
    }

    /**
     * The web server's limits on uploads: twice the knowledge base's own limit, so a file a little
     * too large still arrives and is refused with a message saying so, while a far larger body is
     * cut off before it fills memory or disk. (The console's page also checks the size before
     * sending.) Spring Boot's own multipart settings step aside for this bean.
     */
    @Bean
    MultipartConfigElement multipartConfig(KnowledgeProperties knowledge) {
        DataSize hardLimit = DataSize.ofBytes(2 * knowledge.maxUploadSize().toBytes());
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(hardLimit);
        // The metadata fields and the part headers come on top of the file.
        factory.setMaxRequestSize(
                DataSize.ofBytes(hardLimit.toBytes() + DataSize.ofMegabytes(1).toBytes()));
        return factory.createMultipartConfig();
    }

    /** An upload the web server refused as too large gets the form's message, not the server's page. */
    @Bean
    ErrorPageRegistrar uploadTooLarge() {
        return registry ->
                registry.addErrorPages(new ErrorPage(HttpStatus.PAYLOAD_TOO_LARGE, UploadController.TOO_LARGE));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        // The web server refuses to read any parameter of a body it found too large.
        registry.addInterceptor(change).excludePathPatterns("/api/**", UploadController.TOO_LARGE);
    }
}
