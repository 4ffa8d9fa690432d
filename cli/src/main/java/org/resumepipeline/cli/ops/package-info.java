/** Operations on a cluster that commands run: erasure, consumer-group lag, the clean-up of old report stores. */
package org.resumepipeline.cli.ops;
