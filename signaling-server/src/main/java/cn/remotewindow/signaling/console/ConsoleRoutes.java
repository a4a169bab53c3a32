package cn.remotewindow.signaling.console;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the expert console (the clerk-console jar's static/console/) at /console/. WebFlux serves
 * static files by exact path only, so the folder URL needs its own route to index.html. The console
 * is on the classpath of the runnable jar (server-app) and of the console's own tests; a server
 * built without it answers 404 there.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleRoutes {

    private static final Resource INDEX = new ClassPathResource("static/console/index.html");

    @Bean
    RouterFunction<ServerResponse> consoleIndex() {
        return RouterFunctions.route()
                .GET("/console", request -> ServerResponse.permanentRedirect(URI.create("/console/")).build())
                .GET("/console/", request -> INDEX.exists()
                        ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(INDEX)
                        : ServerResponse.notFound().build())
                .build();
    }
}
