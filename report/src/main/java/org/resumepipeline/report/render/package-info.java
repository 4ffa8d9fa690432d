/**
 * Renders batch reports for people: {@link org.resumepipeline.report.render.CsvReport} (RFC 4180) and
 * {@link org.resumepipeline.report.render.HtmlReport} (a self-contained, accessible page). Renderers are pure
 * functions of their input and thread-safe; every piece of resume text is treated as untrusted and escaped.
 */
package org.resumepipeline.report.render;
