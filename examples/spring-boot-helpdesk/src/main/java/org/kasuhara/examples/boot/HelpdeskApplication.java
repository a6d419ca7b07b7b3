// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The helpdesk application: nothing Kasuhara-specific here, the starter configures it. */
@SpringBootApplication
public class HelpdeskApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot's arguments, for example {@code --kasuhara.rules=my-rules}
     */
    public static void main(String[] args) {
        SpringApplication.run(HelpdeskApplication.class, args);
    }
}
