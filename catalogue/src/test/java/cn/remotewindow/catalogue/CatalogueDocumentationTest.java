package cn.remotewindow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The complete example in docs/catalogue.md is a valid file that uses every element of the format. */
class CatalogueDocumentationTest {

    @Test
    void theDocumentedExampleIsValidAndUsesEveryElement() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "catalogue.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));

        Catalogue catalogue = CatalogueFiles.valid(example);

        assertThat(catalogue.version()).isEqualTo("2026.2");
        ServiceItem registration = catalogue.item("MNR-BDCDJ").orElseThrow();
        assertThat(registration.deliveries()).extracting(Delivery::kind).containsExactly(DeliveryKind.values());
        assertThat(registration.fee().charged()).isTrue();
        assertThat(registration.greenChannel()).isTrue();
        assertThat(registration.materials()).anySatisfy(m -> assertThat(m.deferrable()).isTrue())
                .anySatisfy(m -> assertThat(m.required()).isFalse())
                .anySatisfy(m -> assertThat(m.note()).isNotNull());
        assertThat(catalogue.item("PSB-HJQY").orElseThrow().fee()).isEqualTo(Fee.NONE);
        assertThat(catalogue.bundles()).singleElement().satisfies(b -> assertThat(b.items()).hasSize(2));
    }
}
