// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A load generator's HTTP/1.1 connection in the manner of wrk: one keep-alive socket, requests written as prepared
 * bytes (prepared per request by {@link #post}), responses read with no more parsing than their framing needs (status line, {@code Content-Length} or chunked
 * body). It costs the client a few microseconds per request where {@code java.net.http} costs a large share of a core,
 * so that on a machine shared by client and server the figure measures the server. Not thread-safe: one per client
 * thread. Reconnects when the server closes the connection.
 */
final class RawHttpConnection implements Closeable {
    private final InetSocketAddress address;
    private final String host;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private byte[] lastBody = new byte[0];
    private boolean responseStarted;

    RawHttpConnection(URI server) {
        this.address = new InetSocketAddress(server.getHost(), server.getPort());
        this.host = server.getHost() + ":" + server.getPort();
    }

    /**
     * The bytes of a POST request with a JSON body.
     *
     * @param path          the request path, e.g. {@code /api/v1/assess}
     * @param authorization the {@code Authorization} header's value
     * @param json          the body
     * @return the whole request, ready to write
     */
    byte[] post(String path, String authorization, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    /**
     * Sends one request and reads its whole response.
     *
     * @param request the request's bytes ({@link #post})
     * @return the response's status code; its body is {@link #lastBody()}
     * @throws IOException when the server cannot be reached or answers with something that is not HTTP/1.1
     */
    int send(byte[] request) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            return exchange(request);
        } catch (EOFException | java.net.SocketException closed) {
            close();
            if (responseStarted) {
                throw closed; // part of an answer came: the request may have been served, so it is not sent again
            }
            connect(); // a keep-alive connection the server had closed: once more on a new one
            return exchange(request);
        }
    }

    /** @return the last response's body */
    byte[] lastBody() {
        return lastBody;
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address, 5_000);
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16_384);
    }

    private int exchange(byte[] request) throws IOException {
        responseStarted = false;
        out.write(request);
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        lastBody = chunked ? chunkedBody() : body(length);
        if (close) {
            close();
        }
        return code;
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(in.readNBytes(size));
            line(); // the CRLF after a chunk
        }
        while (!line().isEmpty()) { // trailers
            continue;
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String size = line();
        int semicolon = size.indexOf(';');
        return Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
    }

    private byte[] body(long length) throws IOException {
        if (length < 0) {
            throw new IOException("a response without Content-Length or chunked framing");
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length != length) {
            throw new EOFException("connection closed inside a response body");
        }
        return body;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed");
            }
            responseStarted = true;
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            try {
                socket.close();
            } finally {
                socket = null;
            }
        }
    }
}
