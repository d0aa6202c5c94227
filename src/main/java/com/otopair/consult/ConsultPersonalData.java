package com.otopair.consult;

import com.otopair.base.ConflictException;
import com.otopair.base.FileStore;
import com.otopair.base.PersonalData;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A customer's remote sessions, the chat lines they wrote, their follow-up questions and the
 * summaries (reports) they were sent. On deletion a session in the queue is left and a live one
 * ended, as the customer's own moves; then the free text they wrote (the intake's problem, chat
 * lines, questions) is erased, intake photos and the files and photos they shared dropped (their
 * bytes leave the file store once the deletion commits) and their name replaced. Prices and times
 * stay for the shop's books; what mechanics wrote stays.
 */
@Component
@Order(20)
class ConsultPersonalData implements PersonalData {

  private final JdbcClient jdbc;
  private final EntityManager entities;
  private final LiveSessions live;
  private final FileStore store;

  ConsultPersonalData(JdbcClient jdbc, EntityManager entities, LiveSessions live, FileStore store) {
    this.jdbc = jdbc;
    this.entities = entities;
    this.live = live;
    this.store = store;
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(UUID userId) {
    var sections = new LinkedHashMap<String, List<Map<String, Object>>>();
    sections.put(
        "sessions",
        rows(
            "select id, shop_id, shop_name, service_name, mode, mechanic_name, vehicle, problem,"
                + " status, duration_minutes, price_minor, currency, free, requested_at,"
                + " claimed_at, ends_at, ended_at, end_reason"
                + " from consult_sessions where customer_id = ? order by requested_at",
            userId));
    sections.put(
        "sessionMessages",
        rows(
            "select m.session_id, m.body, m.sent_at from consult_messages m"
                + " where m.author_id = ? and m.body_key is null and length(m.body) > 0"
                + " order by m.sent_at, m.id",
            userId));
    sections.put(
        "questions",
        rows(
            "select id, parent_session_id, shop_id, question, asked_at, answer, answered_by_name,"
                + " answered_at from consult_questions where customer_id = ? order by asked_at",
            userId));
    sections.put(
        "summaries",
        rows(
            "select r.session_id, r.findings, r.steps_taken, r.next_steps, r.urgency, r.sent_at"
                + " from consult_reports r join consult_sessions s on s.id = r.session_id"
                + " where s.customer_id = ? and r.sent_at is not null order by r.sent_at",
            userId));
    return sections;
  }

  @Override
  public void erase(UUID userId) {
    for (Map<String, Object> session :
        jdbc.sql(
                "select id, status from consult_sessions where customer_id = ?"
                    + " and status in ('WAITING', 'PAYING', 'ACTIVE')")
            .param(userId)
            .query()
            .listOfRows()) {
      UUID id = (UUID) session.get("id");
      try {
        if ("ACTIVE".equals(session.get("status"))) {
          live.end(id);
        } else {
          live.leaveQueue(id);
        }
      } catch (ConflictException movedMeanwhile) {
        // Claimed or ended a moment ago: the session ends on its own clock like any other.
      }
    }
    // What the moves above changed is written first, so no managed copy writes over the erasure.
    entities.flush();
    jdbc.sql(
            "update consult_messages m set body_args = array_replace(m.body_args,"
                + " s.customer_name, ?) from consult_sessions s where m.session_id = s.id"
                + " and s.customer_id = ? and m.body_key is not null")
        .param(DELETED_NAME)
        .param(userId)
        .update();
    jdbc.sql(
            "update consult_sessions set customer_name = ?, problem = ?, version = version + 1"
                + " where customer_id = ?")
        .param(DELETED_NAME)
        .param(ERASED_TEXT)
        .param(userId)
        .update();
    List<String> keys =
        jdbc.sql(
                "select file_key from consult_photos where session_id in"
                    + " (select id from consult_sessions where customer_id = ?)"
                    + " union all select photo_key from consult_messages"
                    + " where author_id = ? and photo_key is not null"
                    + " union all select file_key from consult_files where uploader_id = ?")
            .param(userId)
            .param(userId)
            .param(userId)
            .query(String.class)
            .list();
    jdbc.sql(
            "delete from consult_photos where session_id in"
                + " (select id from consult_sessions where customer_id = ?)")
        .param(userId)
        .update();
    // The chat line announcing each file goes with it (on delete cascade).
    jdbc.sql("delete from consult_files where uploader_id = ?").param(userId).update();
    dropAfterCommit(keys);
    jdbc.sql(
            "update consult_messages set body = '', body_key = 'consult.personal-data.erased',"
                + " body_args = '{}', photo_key = null, author_name = ?"
                + " where author_id = ? and body_key is null")
        .param(DELETED_NAME)
        .param(userId)
        .update();
    jdbc.sql(
            "update consult_questions set question = ?, version = version + 1"
                + " where customer_id = ?")
        .param(ERASED_TEXT)
        .param(userId)
        .update();
  }

  /** The bytes go only once nothing can roll the rows back, so no row ever points at nothing. */
  private void dropAfterCommit(List<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            keys.forEach(store::delete);
          }
        });
  }

  private List<Map<String, Object>> rows(String sql, UUID userId) {
    return jdbc.sql(sql).param(userId).query().listOfRows();
  }
}
