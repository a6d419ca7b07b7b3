// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.io;

/** The language of labels and messages, chosen with {@code --lang}; without it both are shown, Japanese first. */
public enum Language {
    /** 日本語. */
    JA,
    /** English. */
    EN
}
