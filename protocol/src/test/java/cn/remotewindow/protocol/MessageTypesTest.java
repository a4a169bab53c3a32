package cn.remotewindow.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.Auth;
import cn.remotewindow.protocol.message.InviteStatus;
import cn.remotewindow.protocol.message.PartyJoined;
import cn.remotewindow.protocol.message.PartyLeft;
import cn.remotewindow.protocol.message.SessionInvite;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.OutcomeRecorded;
import cn.remotewindow.protocol.message.OutcomeSubmit;
import cn.remotewindow.protocol.message.QueueSummary;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.SdpOffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTypesTest {

    @Test
    void everyPermittedMessageIsRegisteredUnderItsWireName() {
        List<String> names = new ArrayList<>();
        MessageTypes.all().forEach(b -> names.add(b.name()));
        assertThat(names).hasSize(Message.class.getPermittedSubclasses().length).doesNotHaveDuplicates();
        assertThat(MessageTypes.byName("sdp.offer")).map(MessageTypes.Binding::type).contains(SdpOffer.class);
    }

    @Test
    void serverPushesCannotBeSentByClients() {
        MessageTypes.Binding ring = MessageTypes.of(Ring.class);
        assertThat(ring.allows(Role.EXPERT)).isFalse();
        assertThat(ring.allows(Role.KIOSK)).isFalse();
        assertThat(MessageTypes.of(Auth.class).allows(Role.KIOSK)).isTrue();
    }

    @Test
    void theWaitingPictureIsAServerPushWithoutSession() {
        assertThat(MessageTypes.of(QueueSummary.class)).satisfies(b -> {
            assertThat(b.name()).isEqualTo("queue.summary");
            assertThat(b.sentBy()).containsExactly(Role.SERVER);
            assertThat(b.needsSession()).isFalse();
        });
    }

    @Test
    void outcomesComeFromExpertsInASessionAndAreAnsweredByTheServer() {
        MessageTypes.Binding submit = MessageTypes.of(OutcomeSubmit.class);
        assertThat(submit.name()).isEqualTo("outcome.submit");
        assertThat(submit.sentBy()).containsExactly(Role.EXPERT);
        assertThat(submit.needsSession()).isTrue();
        MessageTypes.Binding recorded = MessageTypes.of(OutcomeRecorded.class);
        assertThat(recorded.name()).isEqualTo("outcome.recorded");
        assertThat(recorded.sentBy()).containsExactly(Role.SERVER);
        assertThat(recorded.needsSession()).isTrue();
    }

    @Test
    void invitationsComeFromExpertsAndTheMeshIsAnnouncedByTheServer() {
        MessageTypes.Binding invite = MessageTypes.of(SessionInvite.class);
        assertThat(invite.name()).isEqualTo("session.invite");
        assertThat(invite.sentBy()).containsExactly(Role.EXPERT);
        assertThat(invite.needsSession()).isTrue();
        for (Class<? extends Message> push : List.of(InviteStatus.class, PartyJoined.class, PartyLeft.class)) {
            assertThat(MessageTypes.of(push).sentBy()).containsExactly(Role.SERVER);
            assertThat(MessageTypes.of(push).needsSession()).isTrue();
        }
        assertThat(List.of(MessageTypes.nameOf(InviteStatus.class), MessageTypes.nameOf(PartyJoined.class),
                MessageTypes.nameOf(PartyLeft.class))).containsExactly("invite.state", "party.joined", "party.left");
    }
}
