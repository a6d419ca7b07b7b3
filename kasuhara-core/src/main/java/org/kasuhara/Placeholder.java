package org.kasuhara; final class Placeholder {}
