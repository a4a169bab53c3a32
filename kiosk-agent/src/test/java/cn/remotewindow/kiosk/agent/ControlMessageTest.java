package cn.remotewindow.kiosk.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlMessageTest {

    @Test
    void readsWhatTheConsoleSends() {
        assertThat(ControlMessage.parse("{\"type\":\"prompt\",\"text\":\"请出示身份证\"}"))
                .isEqualTo(new ControlMessage.Prompt("请出示身份证"));
        assertThat(ControlMessage.parse("{\"type\":\"chat\",\"text\":\"您好\"}")).isEqualTo(new ControlMessage.Chat("您好"));
        assertThat(ControlMessage.parse("{\"type\":\"prompt.clear\"}")).isEqualTo(new ControlMessage.PromptClear());
        assertThat(ControlMessage.parse("{\"type\":\"screen.share\",\"on\":false}"))
                .isEqualTo(new ControlMessage.ScreenShare(false));
    }

    @Test
    void badOrUnknownMessagesAreNamedNotThrown() {
        assertThat(ControlMessage.parse("not json")).isInstanceOf(ControlMessage.Unknown.class);
        assertThat(ControlMessage.parse("[1,2]")).isInstanceOf(ControlMessage.Unknown.class);
        assertThat(ControlMessage.parse("{\"type\":\"prompt\"}")).isInstanceOf(ControlMessage.Unknown.class);
        assertThat(ControlMessage.parse("{\"type\":\"prompt\",\"text\":\"  \"}")).isInstanceOf(ControlMessage.Unknown.class);
        assertThat(ControlMessage.parse("{\"type\":\"screen.share\",\"on\":\"yes\"}")).isInstanceOf(ControlMessage.Unknown.class);
        assertThat(ControlMessage.parse("{\"type\":\"identity.start\"}")).isEqualTo(new ControlMessage.Unknown("identity.start"));
    }

    @Test
    void longTextIsCutToTheLimit() {
        String text = "字".repeat(ControlMessage.MAX_TEXT + 50);
        ControlMessage parsed = ControlMessage.parse("{\"type\":\"chat\",\"text\":\"" + text + "\"}");
        assertThat(((ControlMessage.Chat) parsed).text()).hasSize(ControlMessage.MAX_TEXT);
    }

    @Test
    void writesWhatItReads() {
        for (ControlMessage message : new ControlMessage[] {new ControlMessage.Chat("a\"b"), new ControlMessage.Prompt("x"),
                new ControlMessage.PromptClear(), new ControlMessage.ScreenShare(true),
                new ControlMessage.ScreenShareState(false, "UNAVAILABLE")}) {
            assertThat(ControlMessage.parse(ControlMessage.write(message))).isEqualTo(message);
        }
    }
}
