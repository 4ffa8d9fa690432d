package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.resumepipeline.broker.KafkaBootstrapExtension;
import org.resumepipeline.model.Json;
import org.resumepipeline.report.browser.Axe;
import org.resumepipeline.report.browser.HeadlessChromium;

/**
 * The recruiter's web app in Debian's headless Chromium (Selenium WebDriver) against the whole pipeline on a real
 * broker: one pipeline and one browser for the class, a batch of small generated documents uploaded once through
 * the start page, then the batch page, a candidate, the shortlist and the comparison, each checked with axe-core
 * and saved as a screenshot under {@code target/screenshots/}. Skipped without Debian's chromium and
 * chromium-driver. The tests run in order: the first one uploads what the others look at.
 */
@ExtendWith(KafkaBootstrapExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppBrowserIT {
    private static final Duration RESULTS = Duration.ofSeconds(90);
    private static final String BATCH = "web-it";
    private static Path dir;
    private static WebAppSession web;
    private static HeadlessChromium chromium;
    private static WebDriver driver;
    private static String base;
    private static final List<String> AXE = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("rp-web-it");
        web = WebAppSession.start(dir);
        base = web.base();
        chromium = web.chromium();
        driver = web.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        AXE.forEach(System.out::println);
        if (web != null) {
            web.close();
        }
    }

    @Test
    @Order(1)
    void shouldUploadFilesAndAZipFromTheStartPageAndShowEveryCandidateWithoutReload() throws Exception {
        final List<Path> files = WebAppDocuments.write(Files.createDirectories(dir.resolve("upload")));
        driver.get(base + "/");
        final WebElement name = labelled("Batch name");
        final WebElement job = labelled("Job description");
        final WebElement resumes = labelled("Resumes");
        final WebElement upload = driver.findElement(By.xpath("//button[normalize-space()='Upload']"));
        assertThat(name.getAccessibleName()).isEqualTo("Batch name");
        assertThat(job.getTagName()).isEqualTo("textarea");
        assertThat(job.getAccessibleName()).isEqualTo("Job description");
        assertThat(resumes.getAttribute("type")).isEqualTo("file");
        assertThat(resumes.getAttribute("multiple")).isNotNull();
        assertThat(resumes.getAccessibleName()).isEqualTo("Resumes");
        assertThat(upload.getAccessibleName()).isEqualTo("Upload");
        assertThat(driver.findElement(By.id("resume-folder")).getAttribute("webkitdirectory")).isNotNull();
        axe("start page");

        name.sendKeys(BATCH);
        job.sendKeys(WebAppDocuments.JOB);
        resumes.sendKeys(files.stream().map(Path::toString).collect(Collectors.joining("\n")));
        assertThat(driver.findElements(By.cssSelector("#file-list li"))).hasSize(files.size());
        chromium.screenshot("start");
        upload.click();

        await().atMost(RESULTS).until(() -> driver.findElement(By.id("upload-status")).getText()
                .startsWith("Upload finished"));
        assertThat(driver.findElement(By.id("upload-status")).getText())
                .isEqualTo("Upload finished: 5 accepted, 0 already in the batch, 1 refused.");
        final WebElement refused = fileItem(WebAppDocuments.REFUSED_FILE);
        assertThat(refused.getText()).contains("Refused:", "UNSUPPORTED_TYPE");
        assertThat(fileItem(WebAppDocuments.ZIP_FILE).getText()).contains("accepted (2 documents)");
        assertThat(driver.findElements(By.cssSelector("#file-list progress"))).allSatisfy(p ->
                assertThat(p.getAttribute("value")).isEqualTo("100"));
        chromium.screenshot("start-uploaded");

        driver.findElement(By.id("batch-link-a")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().endsWith("/batches/" + BATCH));
        js("window.__samePage = 'yes'");
        await().atMost(RESULTS).until(() -> driver.findElements(By.cssSelector("#candidate-rows tr")).size()
                == WebAppDocuments.DOCUMENTS && status().startsWith("All "));
        assertThat(js("return window.__samePage")).as("the rows arrived without a reload").isEqualTo("yes");
        assertThat(status()).isEqualTo("All 6 documents have a result: 5 scored, 1 failed.");
        assertThat(driver.findElement(By.cssSelector("table#candidates caption")).getText()).contains("Candidates");
        assertThat(driver.findElement(By.id("count-scored")).getText()).isEqualTo("5");
        assertThat(driver.findElement(By.id("failures")).getText()).contains(WebAppDocuments.REFUSED_FILE,
                "UNSUPPORTED_TYPE", "What to do", "Category: FIX_THE_FILE");
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.findElements(By.cssSelector("#charts svg")).size()
                == 4);
        axe("batch page");
        chromium.screenshot("batch");
    }

    @Test
    @Order(2)
    void shouldSortAndFilterTheCandidates() {
        openBatch();
        assertThat(scores()).as("ranked by score").hasSize(WebAppDocuments.SCORED)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(rows().get(rows().size() - 1).getText()).as("failures last").contains("UNSUPPORTED_TYPE");
        driver.findElement(By.cssSelector("button[data-sort='score']")).click();
        assertThat(driver.findElement(By.xpath("//th[button[@data-sort='score']]")).getAttribute("aria-sort"))
                .isEqualTo("descending");
        driver.findElement(By.cssSelector("button[data-sort='score']")).click();
        final List<Integer> ascending = scores();
        assertThat(ascending).hasSize(WebAppDocuments.SCORED).isSorted();
        assertThat(ascending.get(0)).isLessThan(ascending.get(ascending.size() - 1));

        new Select(labelled("Status")).selectByValue("failed");
        assertThat(rows()).hasSize(1);
        assertThat(rows().get(0).getText()).contains(WebAppDocuments.REFUSED_FILE, "UNSUPPORTED_TYPE");
        new Select(labelled("Status")).selectByValue("");

        final int threshold = ascending.get(ascending.size() / 2);
        labelled("Minimum score").sendKeys(Integer.toString(threshold));
        assertThat(scores()).isNotEmpty().allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(threshold))
                .hasSize((int) ascending.stream().filter(s -> s >= threshold).count());
        labelled("Minimum score").clear();
        js("document.getElementById('filter-min-score').dispatchEvent(new Event('input'))");

        labelled("Search").sendKeys("in_zip");
        assertThat(rows()).hasSize(2).allSatisfy(r -> assertThat(r.getText()).contains("_in_zip.txt"));
        labelled("Search").clear();
        js("document.getElementById('filter-text').dispatchEvent(new Event('input'))");
        assertThat(rows()).hasSize(WebAppDocuments.DOCUMENTS);
    }

    @Test
    @Order(3)
    void shouldOpenACandidateWithHighlightedFindingsSuggestionsAndTheTextAsRead() throws Exception {
        openBatch();
        driver.findElement(By.linkText("ada_strong.txt")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("ada_strong.txt");
        final WebElement scored = driver.findElement(By.xpath("//section[h2='What we scored']"));
        assertThat(scored.findElements(By.cssSelector(".bullet"))).hasSize(3);
        assertThat(scored.getText()).contains("Job match:", "PostgreSQL");
        final WebElement read = driver.findElement(By.xpath("//section[h2='The resume as read']"));
        assertThat(read.getText()).contains("Cut p95 checkout latency from 900 ms to 180 ms", "EXPERIENCE");
        axe("candidate page");
        chromium.screenshot("candidate");

        openBatch();
        driver.findElement(By.partialLinkText("dan_in_zip.txt")).click();
        final WebElement weak = driver.findElement(By.xpath("//section[h2='What we scored']"));
        assertThat(weak.findElements(By.cssSelector("mark"))).as("findings highlighted on their spans").isNotEmpty();
        assertThat(weak.getText()).contains("Suggestion:");
        chromium.screenshot("candidate-weak");
    }

    @Test
    @Order(4)
    void shouldKeepAHostileScriptInAResumeAsText() {
        openBatch();
        final WebElement link = driver.findElement(By.linkText(WebAppDocuments.HOSTILE_FILE));
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
        link.click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(WebAppDocuments.HOSTILE_FILE);
        assertThat(driver.findElements(By.cssSelector(".bullet")).stream().map(WebElement::getText))
                .anySatisfy(t -> assertThat(t).contains("<script>window.__pwned=1</script>", "<b>billing</b>"));
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(driver.findElements(By.cssSelector("main script, main img, main b"))).isEmpty();
    }

    @Test
    @Order(5)
    void shouldExportTheShortlistAsTheJsonReportHasItAndCompareTwo() throws Exception {
        openBatch();
        final WebElement above = labelled("Select all with a score of at least");
        above.clear();
        above.sendKeys("0");
        driver.findElement(By.id("select-above-button")).click();
        assertThat(driver.findElement(By.id("selected-count")).getText()).isEqualTo("5");
        driver.findElement(By.id("export-json")).click();
        final Path json = await().atMost(Duration.ofSeconds(20)).until(() -> download(BATCH + "-shortlist.json"),
                p -> p != null);
        final JsonNode shortlist = Json.MAPPER.readTree(Files.readString(json, StandardCharsets.UTF_8));
        final JsonNode report = Json.MAPPER.readTree(get("/batches/" + BATCH + "/report.json"));
        final List<JsonNode> scored = new ArrayList<>();
        report.path("documents").forEach(d -> {
            if ("scored".equals(d.path("status").asText())) {
                scored.add(d);
            }
        });
        assertThat(shortlist.path("batch").asText()).isEqualTo(BATCH);
        final List<JsonNode> exported = new ArrayList<>();
        shortlist.path("documents").forEach(exported::add);
        assertThat(exported).as("the shortlist holds the report's DOCs, in its order").isEqualTo(scored);
        driver.findElement(By.id("export-csv")).click();
        final Path csv = await().atMost(Duration.ofSeconds(20)).until(() -> download(BATCH + "-shortlist.csv"),
                p -> p != null);
        final List<List<String>> rows = PipelineIT.parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(WebAppDocuments.SCORED + 1);
        final int key = rows.get(0).indexOf("key");
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(key)).toList())
                .isEqualTo(scored.stream().map(d -> d.path("key").asText()).toList());

        driver.findElement(By.id("select-none")).click();
        rows().get(0).findElement(By.cssSelector("input[type=checkbox]")).click();
        rows().get(1).findElement(By.cssSelector("input[type=checkbox]")).click();
        final String first = rows().get(0).findElement(By.tagName("a")).getText();
        final String second = rows().get(1).findElement(By.tagName("a")).getText();
        driver.findElement(By.linkText("Compare the two selected")).click();
        assertThat(driver.findElements(By.cssSelector(".compare > article h2")).stream().map(WebElement::getText))
                .containsExactly(first, second);
        axe("compare page");
        chromium.screenshot("compare");
    }

    @Test
    @Order(6)
    void shouldStartABlindBatchFromTheStartPageAndShowOnlyPseudonyms() throws Exception {
        final Path named = Files.writeString(Files.createDirectories(dir.resolve("blind")).resolve(
                "Ottoline_Farquharson.txt"), """
                Ottoline Farquharson
                ottoline.f@example.org | +1 555 017 3390

                Experience
                Platform Engineer, Example Co                                     2020 - 2024
                - Cut build time from 30 minutes to 4 minutes by caching 120 Gradle modules.
                """, StandardCharsets.UTF_8);
        driver.get(base + "/");
        final WebElement blind = labelled("Blind review");
        assertThat(blind.getAttribute("type")).isEqualTo("checkbox");
        assertThat(blind.getAccessibleName()).isEqualTo("Blind review");
        assertThat(blind.isSelected()).as("off by default").isFalse();
        labelled("Batch name").sendKeys(BATCH + "-blind");
        blind.click();
        labelled("Resumes").sendKeys(named.toString());
        driver.findElement(By.xpath("//button[normalize-space()='Upload']")).click();
        await().atMost(RESULTS).until(() -> driver.findElement(By.id("upload-status")).getText()
                .startsWith("Upload finished"));
        driver.get(base + "/batches/" + BATCH + "-blind");
        await().atMost(RESULTS).until(() -> rows().size() == 1 && status().startsWith("All "));
        final String shown = rows().get(0).findElement(By.tagName("a")).getText();
        assertThat(shown).matches("Candidate [0-9A-F]{4}");
        assertThat(driver.getPageSource()).doesNotContain("Ottoline", "Farquharson", "ottoline.f@example.org");
        assertThat(driver.findElement(By.id("blind-heading")).getText()).isEqualTo("Blind review");
        rows().get(0).findElement(By.tagName("a")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.findElement(By.tagName("h1")).getText()
                .equals(shown));
        assertThat(driver.getPageSource()).doesNotContain("Ottoline", "Farquharson", "555 017 3390")
                .contains("Cut build time from 30 minutes");
        axe("blind candidate page");
        chromium.screenshot("blind-candidate");
    }

    private static void openBatch() {
        driver.get(base + "/batches/" + BATCH);
        await().atMost(RESULTS).until(() -> rows().size() == WebAppDocuments.DOCUMENTS);
    }

    private static WebElement labelled(final String text) {
        return web.labelled(text);
    }

    private static WebElement fileItem(final String file) {
        return web.fileItem(file);
    }

    private static String status() {
        return driver.findElement(By.id("progress-status")).getText();
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#candidate-rows tr"));
    }

    /** @return the scores shown, in row order (failed rows have none) */
    private static List<Integer> scores() {
        return rows().stream().map(r -> r.findElement(By.cssSelector("td:nth-child(5)")).getText())
                .map(t -> t.replaceAll("^(\\d+).*$", "$1").replace("–", "").trim())
                .filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }

    private static Object js(final String script) {
        return web.js(script);
    }

    private static Path download(final String name) throws java.io.IOException {
        final Path file = chromium.downloads().resolve(name);
        return Files.isRegularFile(file) && Files.size(file) > 0 ? file : null;
    }

    private static String get(final String path) throws Exception {
        return web.get(path);
    }

    private static void axe(final String page) {
        final List<Axe.Violation> violations = Axe.run(driver);
        AXE.add("axe-core on the " + page + ": " + (violations.isEmpty() ? "no violations" : violations));
        assertThat(Axe.blocking(violations)).as("serious or critical axe-core violations on the " + page).isEmpty();
    }
}
