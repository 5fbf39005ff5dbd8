package dev.homeytoolkit.api;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockWebServer;

/** MockWebServer set up for speed. */
final class TestServers {
  private TestServers() {}

  /**
   * A server whose sockets send at once (TCP_NODELAY). MockWebServer writes an answer's head and body separately;
   * with Nagle's algorithm and delayed ACKs each answer would then wait ~40 ms, and a test of 320 calls 15 s.
   */
  static MockWebServer noDelay(MockWebServer server) {
    server.setServerSocketFactory(new ServerSocketFactory() {
      @Override public ServerSocket createServerSocket() throws IOException {
        return new NoDelayServerSocket();
      }

      @Override public ServerSocket createServerSocket(int port) throws IOException {
        var s = new NoDelayServerSocket();
        s.bind(new java.net.InetSocketAddress(port));
        return s;
      }

      @Override public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        var s = new NoDelayServerSocket();
        s.bind(new java.net.InetSocketAddress(port), backlog);
        return s;
      }

      @Override public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        var s = new NoDelayServerSocket();
        s.bind(new java.net.InetSocketAddress(address, port), backlog);
        return s;
      }
    });
    return server;
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override public Socket accept() throws IOException {
      var socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
