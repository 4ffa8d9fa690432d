package org.resumepipeline.report.web;

/**
 * {@code GET /}: the form that starts a batch. Its accessible names are a public contract for browser automation:
 * the text field "Batch name", the text area "Job description", the checkbox "Blind review" (the batch is
 * blind: {@code {"blind": true}}), the file input "Resumes" (many files and zips; a
 * folder through "Choose a folder" or by dropping it) and the button "Upload". {@code upload.js} sends the job
 * description to {@code PUT /batches/{b}} and each file to {@code POST /batches/{b}/documents}, with a progress bar
 * per file and each refusal shown with its reason. Thread-safe.
 */
final class StartPage {
    private StartPage() {
    }

    static String body() {
        return """
                <h1>Start a batch</h1>
                <p class="lead">Name the batch, paste the job description if you have one, add the resumes (files, \
                zips or a whole folder) and press Upload. Each file shows its own progress; files we cannot read are \
                listed with the reason.</p>
                <form id="upload-form" class="upload" novalidate>
                <div class="field">
                <label for="batch-name">Batch name</label>
                <input id="batch-name" name="batch" type="text" required maxlength="64" autocomplete="off" \
                spellcheck="false" pattern="[A-Za-z0-9._\\-]{1,64}" aria-describedby="batch-name-help batch-name-error">
                <p id="batch-name-help" class="help">Letters, digits, dot, underscore and hyphen; at most 64.</p>
                <p id="batch-name-error" class="error" hidden></p>
                </div>
                <div class="field">
                <label for="job-description">Job description</label>
                <textarea id="job-description" name="jobDescription" rows="6" aria-describedby="job-help"></textarea>
                <p id="job-help" class="help">Optional: candidates are matched against the skills it asks for. \
                <label for="job-file" class="inline">Load it from a text file</label> \
                <input id="job-file" type="file" accept=".txt,.md,text/plain"></p>
                </div>
                <div class="field">
                <input id="blind" name="blind" type="checkbox" aria-describedby="blind-help">
                <label for="blind" class="inline">Blind review</label>
                <p id="blind-help" class="help">Show candidates as "Candidate 7F3A" instead of their names and file                 names, with contact details and personal details hidden; scores stay the same. Revealing one is                 recorded.</p>
                </div>
                <div class="field drop" id="drop-zone">
                <label for="resumes">Resumes</label>
                <input id="resumes" name="resumes" type="file" multiple aria-describedby="resumes-help" \
                accept=".pdf,.docx,.doc,.odt,.rtf,.html,.htm,.txt,.md,.zip">
                <p id="resumes-help" class="help">PDF, Word, OpenDocument, RTF, HTML, text or zip archives; drop \
                files or folders anywhere on this page, or \
                <label for="resume-folder" class="inline">choose a folder</label> \
                <input id="resume-folder" type="file" webkitdirectory multiple></p>
                </div>
                <h2 id="files-heading">Files to upload (<span id="file-count">0</span>)</h2>
                <ul id="file-list" class="files" aria-labelledby="files-heading"></ul>
                <p><button type="submit" id="upload" class="primary">Upload</button>
                <button type="button" id="clear-files">Clear the list</button></p>
                <p id="upload-status" role="status" aria-live="polite" class="status"></p>
                <p id="batch-link" hidden><a id="batch-link-a" class="primary-link" href="/batches">Watch the batch</a></p>
                </form>
                <noscript><p class="error">Uploading from this page needs JavaScript; \
                <code>rp ingest</code> uploads from a terminal.</p></noscript>
                """;
    }
}
