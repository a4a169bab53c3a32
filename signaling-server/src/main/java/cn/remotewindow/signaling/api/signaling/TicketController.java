package cn.remotewindow.signaling.api.signaling;

import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.security.AccessTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Trades an access token for a single-use ticket that opens one WebSocket connection. */
@RestController
public class TicketController {

    private final SignalingTickets tickets;
    private final SignalingAddress address;

    public TicketController(SignalingTickets tickets, SignalingAddress address) {
        this.tickets = tickets;
        this.address = address;
    }

    @PostMapping("/api/signaling/ticket")
    public TicketResponse ticket(@AuthenticationPrincipal Jwt token, ServerHttpRequest request) {
        Party party = AccessTokens.partyOf(token)
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(
                        HttpStatus.FORBIDDEN, "This token does not name an expert or a kiosk."), null));
        SignalingTickets.Issued ticket = tickets.issue(party);
        return new TicketResponse(ticket.token(), ticket.expiresAt(), address.urlFor(request));
    }
}
