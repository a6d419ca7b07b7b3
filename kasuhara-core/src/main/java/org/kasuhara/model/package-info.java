// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * The domain model: the case a helpdesk submits (input contract v1) and the assessment the engine returns
 * (output contract v1). All types are immutable records or enums; records validate their fields and throw
 * {@link org.kasuhara.model.FieldViolation} naming the field.
 */
package org.kasuhara.model;
