package org.resumepipeline.broker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and aborts hanging transactions (KIP-664): a transaction open on a partition that its coordinator does not
 * count as in progress there, so no marker will ever end it. Its partition's last stable offset stays put and, on
 * {@code __consumer_offsets}, its group's offsets stay unstable: every read_committed reader and every restarted
 * Streams task of that group waits for ever, across restarts. This is what {@code kafka-transactions.sh find-hanging}
 * and {@code abort} do by hand. A transaction the coordinator knows as ongoing or being completed on the partition is
 * left alone. Thread-safe (stateless).
 */
public final class HangingTransactions {
    private static final Logger LOG = LoggerFactory.getLogger(HangingTransactions.class);
    private static final Set<TransactionState> IN_PROGRESS = Set.of(TransactionState.ONGOING,
            TransactionState.PREPARE_COMMIT, TransactionState.PREPARE_ABORT, TransactionState.PREPARE_EPOCH_FENCE);
    private static final long TIMEOUT_SECONDS = 30;

    private HangingTransactions() {
    }

    /** A transaction open on a partition with no coordinator that will end it. */
    public record Hanging(TopicPartition partition, long producerId, int producerEpoch, int coordinatorEpoch,
                          long startOffset) {
    }

    /**
     * @return the hanging transactions on every partition of the cluster, internal topics included
     * @throws IllegalStateException when the cluster does not answer within 30 s
     */
    public static List<Hanging> find(final Admin admin) {
        try {
            final Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            final List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values()
                    .forEach(d -> d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(),
                            p.partition()))));
            final Map<TopicPartition, List<ProducerState>> open = new HashMap<>();
            admin.describeProducers(partitions).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).forEach((tp, state) ->
                    state.activeProducers().stream().filter(p -> p.currentTransactionStartOffset().isPresent())
                            .forEach(p -> open.computeIfAbsent(tp, k -> new ArrayList<>()).add(p)));
            if (open.isEmpty()) {
                return List.of();
            }
            final Map<Long, TransactionDescription> byProducer = inProgress(admin);
            final List<Hanging> hanging = new ArrayList<>();
            open.forEach((tp, producers) -> producers.forEach(p -> {
                final TransactionDescription txn = byProducer.get(p.producerId());
                if (txn == null || !txn.topicPartitions().contains(tp)) {
                    hanging.add(new Hanging(tp, p.producerId(), p.producerEpoch(), p.coordinatorEpoch().orElse(-1),
                            p.currentTransactionStartOffset().getAsLong()));
                }
            }));
            return hanging;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot look for hanging transactions", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking for hanging transactions", e);
        }
    }

    /**
     * Aborts every hanging transaction: writes the abort marker the coordinator will never write.
     *
     * @return what was aborted (not a transaction whose producer turned out alive: the abort at its old epoch is
     *         refused with InvalidProducerEpochException once the producer has moved on, as a stage does that
     *         reconnects to a restarted broker)
     * @throws IllegalStateException when the cluster does not answer within 30 s or refuses an abort otherwise
     */
    public static List<Hanging> abort(final Admin admin) {
        final List<Hanging> first = find(admin);
        // asked twice: a transaction that ended between the two questions of one look is not taken for hanging
        final List<Hanging> hanging = first.isEmpty() ? first
                : find(admin).stream().filter(first::contains).toList();
        return abortEach(admin, hanging);
    }

    /**
     * Aborts each of these transactions as seen: at the producer epoch it was open at.
     *
     * @return those aborted; not one whose producer has moved past that epoch since (it is alive)
     */
    static List<Hanging> abortEach(final Admin admin, final List<Hanging> hanging) {
        final List<Hanging> live = new ArrayList<>();
        for (final Hanging h : hanging) {
            LOG.warn("aborting a hanging transaction on {}: producer {} epoch {} open since offset {} (no "
                    + "coordinator will end it; left by a process or broker that was killed)", h.partition(),
                    h.producerId(), h.producerEpoch(), h.startOffset());
            try {
                admin.abortTransaction(new AbortTransactionSpec(h.partition(), h.producerId(),
                        (short) h.producerEpoch(), h.coordinatorEpoch())).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof InvalidProducerEpochException)) {
                    throw new IllegalStateException("cannot abort the hanging transaction on " + h.partition(), e);
                }
                // a live producer (a stage reconnecting to a restarted broker) has moved to a newer epoch since the
                // look: its transaction was not hanging, and its coordinator ends it
                LOG.warn("not aborted on {}: producer {} is alive and has moved past epoch {}", h.partition(),
                        h.producerId(), h.producerEpoch());
                live.add(h);
            } catch (TimeoutException e) {
                throw new IllegalStateException("cannot abort the hanging transaction on " + h.partition(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while aborting a hanging transaction", e);
            }
        }
        return hanging.stream().filter(h -> !live.contains(h)).toList();
    }

    /** @return transactions in progress by producer id, with the partitions their coordinators count them on */
    private static Map<Long, TransactionDescription> inProgress(final Admin admin)
            throws ExecutionException, InterruptedException, TimeoutException {
        final Collection<TransactionListing> listed = admin.listTransactions().all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        final List<String> ids = listed.stream().filter(t -> IN_PROGRESS.contains(t.state()))
                .map(TransactionListing::transactionalId).toList();
        final Map<Long, TransactionDescription> byProducer = new HashMap<>();
        if (!ids.isEmpty()) {
            admin.describeTransactions(ids).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values().stream()
                    .filter(d -> IN_PROGRESS.contains(d.state()))
                    .forEach(d -> byProducer.put(d.producerId(), d));
        }
        return byProducer;
    }
}
