package vn.thidua.council;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thidua.council.Councils.Choice;

/**
 * The ballot box of a secret vote (ADR 0018). A ballot is dropped sealed: AES-256-GCM under a key
 * derived from the server's ballot secret and the session, with the session, nominee and a random
 * ballot id as associated data, so a sealed value cannot be moved to another nominee. The sealed
 * row has a random key, no voter, no timestamp; every sealed value has the same length whatever the
 * choice. The database, its logs and its backups therefore never hold a choice in the transaction
 * that names the member. Opening happens once, when the session closes: the sealed rows are deleted
 * and the choices inserted in a canonical order (nominee, then FOR, AGAINST, ABSTAIN) under fresh
 * random keys, so their row versions carry the closing transaction and their physical order says
 * nothing of the voting order. On PostgreSQL the box is vacuumed after closing (best effort) so the
 * dead sealed rows do not outlive the session on disk.
 *
 * <p>The secret: {@code thidua.ballot.secret} (at least 32 characters, e.g. from
 * {@code THIDUA_BALLOT_SECRET}); without it, in evaluation mode, a random one is created once in
 * {@code thidua.ballot.secret-file} (the data directory); in production ({@code
 * thidua.ballot.evaluation=false}) the application refuses to start without it. Every instance
 * behind a load balancer needs the same secret; it must never be stored in the database.
 */
@Component
class BallotBox {

    private static final Logger log = LoggerFactory.getLogger(BallotBox.class);
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final byte[] secret;
    private final SecureRandom random = new SecureRandom();

    BallotBox(
            JdbcClient jdbc,
            DataSource dataSource,
            @Value("${thidua.ballot.secret:}") String secret,
            @Value("${thidua.ballot.secret-file:${THIDUA_DATA_DIR:./data}/ballot-secret}") String secretFile,
            @Value("${thidua.ballot.evaluation:true}") boolean evaluation) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.secret = resolve(secret, Path.of(secretFile), evaluation).getBytes(StandardCharsets.UTF_8);
    }

    /** Drops a sealed ballot into the session's box; nothing in the row or the statement names the voter. */
    @Transactional(propagation = Propagation.MANDATORY)
    void drop(long sessionId, long nomineeId, Choice choice) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into council_sealed_ballot (id, session_id, nominee_id, sealed) values (:id, :s, :n, :b)")
                .param("id", id)
                .param("s", sessionId)
                .param("n", nomineeId)
                .param("b", seal(sessionId, nomineeId, id, choice))
                .update();
    }

    /**
     * Opens the session's box: unseals every ballot (refusing a box whose ballots were altered),
     * deletes the sealed rows, stores the choices in canonical order under fresh keys, and returns
     * the counts by nominee.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, Map<Choice, Integer>> open(long sessionId) {
        record Sealed(UUID id, long nomineeId, String sealed) {}
        List<Sealed> box = jdbc.sql("select id, nominee_id, sealed from council_sealed_ballot where session_id = :s")
                .param("s", sessionId)
                .query((rs, n) -> new Sealed(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3)))
                .list();
        Map<Long, Map<Choice, Integer>> counts = new TreeMap<>();
        record Opened(long nomineeId, Choice choice) {}
        List<Opened> opened = new ArrayList<>();
        for (Sealed b : box) {
            Choice c = unseal(sessionId, b.nomineeId(), b.id(), b.sealed());
            opened.add(new Opened(b.nomineeId(), c));
            counts.computeIfAbsent(b.nomineeId(), k -> new EnumMap<>(Choice.class))
                    .merge(c, 1, Integer::sum);
        }
        jdbc.sql("delete from council_sealed_ballot where session_id = :s")
                .param("s", sessionId)
                .update();
        opened.sort(Comparator.comparingLong(Opened::nomineeId).thenComparing(Opened::choice));
        for (Opened o : opened) {
            jdbc.sql("insert into council_ballot (id, session_id, nominee_id, choice) values (:id, :s, :n, :c)")
                    .param("id", UUID.randomUUID())
                    .param("s", sessionId)
                    .param("n", o.nomineeId())
                    .param("c", o.choice().name())
                    .update();
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                vacuum();
            }
        });
        return counts;
    }

    String seal(long sessionId, long nomineeId, UUID ballotId, Choice choice) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, key(sessionId), new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(associated(sessionId, nomineeId, ballotId));
            byte[] body = aes.doFinal(new byte[] {(byte) choice.ordinal()});
            byte[] out = new byte[NONCE + body.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(body, 0, out, NONCE, body.length);
            return HEX.formatHex(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a ballot", e);
        }
    }

    Choice unseal(long sessionId, long nomineeId, UUID ballotId, String sealed) {
        try {
            byte[] in = HEX.parseHex(sealed);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, key(sessionId), new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
            aes.updateAAD(associated(sessionId, nomineeId, ballotId));
            byte[] plain = aes.doFinal(in, NONCE, in.length - NONCE);
            return Choice.values()[plain[0]];
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("a sealed ballot of session " + sessionId + " was altered", e);
        }
    }

    private SecretKeySpec key(long sessionId) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        byte[] key = mac.doFinal(("thidua-ballot-v1|session|" + sessionId).getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(key, "AES");
    }

    private static byte[] associated(long sessionId, long nomineeId, UUID ballotId) {
        return (sessionId + "|" + nomineeId + "|" + ballotId).getBytes(StandardCharsets.UTF_8);
    }

    /** Removes the dead sealed rows from PostgreSQL's pages once the session is closed; best effort. */
    private void vacuum() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres")) {
                return;
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("vacuum council_sealed_ballot");
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            log.warn("could not vacuum the ballot box after closing a session: {}", e.getMessage());
        }
    }

    private static String resolve(String configured, Path file, boolean evaluation) {
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < 32) {
                throw new IllegalStateException("thidua.ballot.secret must have at least 32 characters");
            }
            return configured.strip();
        }
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            if (!evaluation) {
                throw new IllegalStateException(
                        "no ballot secret: set THIDUA_BALLOT_SECRET (thidua.ballot.secret, at least 32 characters),"
                                + " the same on every instance, never in the database");
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String created = Base64.getEncoder().encodeToString(bytes);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, created, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions apply
            }
            log.info("evaluation mode: created a ballot secret in {}", file);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
