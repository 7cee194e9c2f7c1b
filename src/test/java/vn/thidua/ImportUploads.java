package vn.thidua;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.organization.ImportJobs;

/** Uploads an Excel file as a signed-in user would, and waits for its import job to finish. */
public final class ImportUploads {

    private ImportUploads() {}

    public static ImportJobs.Job upload(
            MockMvc mvc, ImportJobs jobs, String url, byte[] file, String name, String username) throws Exception {
        String location = mvc.perform(multipart(url)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", file))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ImportJobs.Job job = jobs.find(id, username).orElseThrow();
            if (job.finished()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import did not finish");
    }
}
