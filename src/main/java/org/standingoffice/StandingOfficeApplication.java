package org.standingoffice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StandingOfficeApplication {
    public static void main(String[] args) {
        SpringApplication.run(StandingOfficeApplication.class, args);
    }
}
