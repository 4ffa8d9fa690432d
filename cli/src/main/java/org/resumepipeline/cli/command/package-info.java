/** The {@code rp} commands, one class each, and the output they share (ranked table, report files). */
package org.resumepipeline.cli.command;
