// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * JSON mapping of the v1 contracts: {@link org.kasuhara.json.CaseReader} reads cases strictly from an object, an
 * array or JSON Lines, rejecting each bad record with the line and field path and keeping the good ones;
 * {@link org.kasuhara.json.KasuharaJson} is the shared mapper that writes assessments;
 * {@link org.kasuhara.json.ContractSchemas} gives the contracts' JSON Schemas.
 */
package org.kasuhara.json;
