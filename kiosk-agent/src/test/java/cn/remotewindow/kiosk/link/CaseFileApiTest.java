package cn.remotewindow.kiosk.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The token goes only to the case file's own paths (docs/http-api.md, "The case file"). */
class CaseFileApiTest {

    @Test
    void onlyTheCaseFilesPathsGetTheToken() {
        assertThat(CaseFileApi.allowed("/api/sessions/6f0c1e7a-2b7d/documents/d-1/image")).isTrue();
        assertThat(CaseFileApi.allowed("/api/sessions/6f0c1e7a-2b7d/closings/c-1/signature")).isTrue();
        assertThat(CaseFileApi.allowed("/api/sessions/6f0c1e7a-2b7d/receipt")).isTrue();
        assertThat(CaseFileApi.allowed("/api/sessions/6f0c1e7a-2b7d/receipt?lang=en")).isTrue();
        assertThat(CaseFileApi.allowed("https://elsewhere.example/api/sessions/s/receipt")).isFalse();
        assertThat(CaseFileApi.allowed("/api/sessions/s/../admin/sessions/documents/d/image")).isFalse();
        assertThat(CaseFileApi.allowed("/api/admin/sessions/s/receipt")).isFalse();
        assertThat(CaseFileApi.allowed("/api/sessions/s/case-file")).isFalse();
        assertThat(CaseFileApi.allowed(null)).isFalse();
    }
}
