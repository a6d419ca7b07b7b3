// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A host application with nothing of its own: what the starter configures is all there is. */
@SpringBootApplication
public class TestApplication {
}
