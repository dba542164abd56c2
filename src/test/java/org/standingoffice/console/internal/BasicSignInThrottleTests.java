package org.standingoffice.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicSignInThrottleTests {

    @Test
    void readsTheUserNameOfBasicCredentialsOnly() {
        assertThat(BasicSignInThrottle.basicUsername(basic("xa.anbinh:pass:with:colons")))
                .isEqualTo("xa.anbinh");
        assertThat(BasicSignInThrottle.basicUsername("bAsIc " + encode("lan:x")))
                .isEqualTo("lan");
        assertThat(BasicSignInThrottle.basicUsername(basic("nguyễn:mật khẩu"))).isEqualTo("nguyễn");
        assertThat(BasicSignInThrottle.basicUsername(null)).isNull();
        assertThat(BasicSignInThrottle.basicUsername("Bearer abc")).isNull();
        assertThat(BasicSignInThrottle.basicUsername("Basic not*base64")).isNull();
        assertThat(BasicSignInThrottle.basicUsername(basic("no colon"))).isNull();
    }

    private static String basic(String credentials) {
        return "Basic " + encode(credentials);
    }

    private static String encode(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
