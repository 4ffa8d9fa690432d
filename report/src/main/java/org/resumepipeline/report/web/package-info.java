/**
 * The recruiters' web app, served by the report's HTTP server beside the reports: the start page that uploads a
 * batch, the live batch page with the ranked, filterable candidates and the shortlist, the candidate view, the
 * side-by-side comparison and the login page used when the server has an API token. Pages are rendered here with
 * every document text escaped; their scripts and style sheet are files served from {@code /assets/}, so the
 * Content-Security-Policy allows no inline script or style.
 */
package org.resumepipeline.report.web;
