package cn.remotewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.identity.face.FaceAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    private static final String YUNET = "cn/remotewindow/identity/models/face_detection_yunet_2023mar.onnx";

    @TempDir
    Path tmp;

    @Test
    void loadsTheShippedModelsFromTheClasspath() {
        IdentitySettings settings = IdentitySettings.defaults();
        assertThat(settings.detector().load()).hasSize(232_589);
        assertThat(settings.recognizer().load()).hasSize(3_998_070);
    }

    @Test
    void refusesBytesWithAnotherHashAndSaysWhichHashesDiffer() {
        String wrong = "0".repeat(64);
        ModelFile file = ModelFile.classpath(YUNET, wrong);
        assertThatThrownBy(file::load)
                .isInstanceOf(ModelIntegrityException.class)
                .hasMessageContaining("expected " + wrong)
                .hasMessageContaining("actual " + IdentitySettings.YUNET_SHA256);
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> new ModelFile(tmp.resolve("absent.onnx").toString(), IdentitySettings.YUNET_SHA256).load())
                .isInstanceOf(ModelIntegrityException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ModelFile.classpath("no/such/model.onnx", IdentitySettings.YUNET_SHA256).load())
                .isInstanceOf(ModelIntegrityException.class).hasMessageContaining("not on the classpath");
    }

    @Test
    void loadsFromAFilesystemPath() throws Exception {
        Path copy = tmp.resolve("yunet.onnx");
        Files.write(copy, IdentitySettings.defaults().detector().load());
        assertThat(new ModelFile(copy.toString(), IdentitySettings.YUNET_SHA256.toUpperCase()).load()).hasSize(232_589);
    }

    @Test
    void anAnalyzerIsNotBuiltFromATamperedModel() throws Exception {
        byte[] bytes = IdentitySettings.defaults().recognizer().load();
        bytes[bytes.length / 2] ^= 0x01; // one flipped bit in the weights
        Path tampered = tmp.resolve("MobileFaceNet.onnx");
        Files.write(tampered, bytes);
        IdentitySettings settings = IdentitySettings.defaults().withModels(IdentitySettings.defaults().detector(),
                new ModelFile(tampered.toString(), IdentitySettings.MOBILEFACENET_SHA256));
        assertThatThrownBy(() -> new FaceAnalyzer(settings))
                .isInstanceOf(ModelIntegrityException.class).hasMessageContaining("wrong SHA-256");
    }

    @Test
    void namesKnownModelsByHashAndOthersByFileName() {
        IdentitySettings settings = IdentitySettings.defaults();
        assertThat(ModelInfo.of(settings.detector())).isEqualTo(new ModelInfo("yunet-2023mar", IdentitySettings.YUNET_SHA256));
        assertThat(ModelInfo.of(settings.recognizer()).id()).isEqualTo("mobilefacenet-foamliu-v1.0");
        assertThat(ModelInfo.of(new ModelFile("/opt/models/other.onnx", "a".repeat(64))).id()).isEqualTo("other.onnx");
    }

    @Test
    void rejectsAMalformedHash() {
        assertThatThrownBy(() -> new ModelFile("x.onnx", "abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
