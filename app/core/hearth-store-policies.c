/* hearth-store-policies.c: families' home policies in the profile
 *
 * Part of HearthStore. A policy is saved whole, children and rules together,
 * in one transaction, with the time of the change: the builder saves after
 * every change, so a closed laptop loses nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-i18n.h"
#include "hearth-store-internal.h"

#include <gio/gio.h>

static gboolean
save_children (HearthStore   *self,
               HearthPolicy  *policy,
               const char    *what,
               GError       **error)
{
  GPtrArray *children = hearth_policy_get_children (policy);
  g_autoptr(sqlite3_stmt) statement = NULL;

  statement = hearth_store_prepare (self, "INSERT INTO policy_children (policy_id, position, name, age) "
                                          "VALUES (?, ?, ?, ?)", what, error);
  if (statement == NULL)
    return FALSE;

  for (guint i = 0; i < children->len; i++)
    {
      HearthPolicyChild *child = g_ptr_array_index (children, i);

      sqlite3_reset (statement);
      sqlite3_bind_int64 (statement, 1, hearth_policy_get_id (policy));
      sqlite3_bind_int (statement, 2, (int) i);
      sqlite3_bind_text (statement, 3, child->name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (statement, 4, (int) child->age);
      if (!hearth_store_step_done (self, statement, what, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_choices (HearthStore   *self,
              HearthPolicy  *policy,
              const char    *what,
              GError       **error)
{
  GPtrArray *choices = hearth_policy_get_choices (policy);
  g_autoptr(sqlite3_stmt) statement = NULL;

  statement = hearth_store_prepare (self, "INSERT INTO policy_rules (policy_id, position, section_id, rule_id, text) "
                                          "VALUES (?, ?, ?, ?, ?)", what, error);
  if (statement == NULL)
    return FALSE;

  for (guint i = 0; i < choices->len; i++)
    {
      HearthPolicyChoice *choice = g_ptr_array_index (choices, i);

      sqlite3_reset (statement);
      sqlite3_bind_int64 (statement, 1, hearth_policy_get_id (policy));
      sqlite3_bind_int (statement, 2, (int) i);
      sqlite3_bind_text (statement, 3, choice->section_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 4, choice->rule_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 5, choice->text, -1, SQLITE_TRANSIENT);
      if (!hearth_store_step_done (self, statement, what, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_header (HearthStore   *self,
             gint64         learner_id,
             HearthPolicy  *policy,
             gint64         now,
             const char    *what,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean is_new = hearth_policy_get_id (policy) == 0;

  if (is_new)
    statement = hearth_store_prepare (self,
                                      "INSERT INTO policies (learner_id, name, review_date, signatures, created_at, updated_at) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?5)", what, error);
  else
    statement = hearth_store_prepare (self,
                                      "UPDATE policies SET name = ?2, review_date = ?3, signatures = ?4, updated_at = ?5 "
                                      "WHERE id = ?6 AND learner_id = ?1", what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, learner_id);
  sqlite3_bind_text (statement, 2, hearth_policy_get_name (policy), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, hearth_policy_get_review_date (policy), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 4, hearth_policy_get_signatures (policy) ? 1 : 0);
  sqlite3_bind_int64 (statement, 5, now);
  if (!is_new)
    sqlite3_bind_int64 (statement, 6, hearth_policy_get_id (policy));
  if (!hearth_store_step_done (self, statement, what, error))
    return FALSE;

  if (!is_new)
    return hearth_store_check_one_changed (self, what, error);

  hearth_policy_set_id (policy, sqlite3_last_insert_rowid (hearth_store_get_db (self)));
  return TRUE;
}

/* Saves @policy for the learner: a new one gets its id here. Children and
 * rules are replaced whole, in the order the policy holds them. */
gboolean
hearth_store_save_policy (HearthStore   *self,
                          gint64         learner_id,
                          HearthPolicy  *policy,
                          GError       **error)
{
  const char *what = _("Could not save the agreement");
  gint64 now = hearth_store_now ();
  gint64 id_before = hearth_policy_get_id (policy);
  g_autofree char *clear = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_POLICY (policy), FALSE);

  if (!hearth_store_exec (self, "BEGIN IMMEDIATE;", what, error))
    return FALSE;

  if (!save_header (self, learner_id, policy, now, what, error))
    goto failed;

  clear = g_strdup_printf ("DELETE FROM policy_children WHERE policy_id = %" G_GINT64_FORMAT ";"
                           "DELETE FROM policy_rules WHERE policy_id = %" G_GINT64_FORMAT ";",
                           hearth_policy_get_id (policy), hearth_policy_get_id (policy));
  if (!hearth_store_exec (self, clear, what, error) ||
      !save_children (self, policy, what, error) ||
      !save_choices (self, policy, what, error) ||
      !hearth_store_exec (self, "COMMIT;", what, error))
    goto failed;

  hearth_policy_set_updated_at (policy, now);
  return TRUE;

failed:
  sqlite3_exec (hearth_store_get_db (self), "ROLLBACK;", NULL, NULL, NULL);
  hearth_policy_set_id (policy, id_before);
  return FALSE;
}

static gboolean
load_parts (HearthStore   *self,
            HearthPolicy  *policy,
            const char    *what,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) children = NULL;
  g_autoptr(sqlite3_stmt) rules = NULL;
  int status;

  children = hearth_store_prepare (self, "SELECT name, age FROM policy_children WHERE policy_id = ? "
                                         "ORDER BY position", what, error);
  if (children == NULL)
    return FALSE;
  sqlite3_bind_int64 (children, 1, hearth_policy_get_id (policy));
  while ((status = sqlite3_step (children)) == SQLITE_ROW)
    hearth_policy_add_child (policy, (const char *) sqlite3_column_text (children, 0),
                             (guint) sqlite3_column_int (children, 1), NULL);
  if (status != SQLITE_DONE)
    return hearth_store_set_sqlite_error (self, error, what);

  rules = hearth_store_prepare (self, "SELECT section_id, rule_id, text FROM policy_rules WHERE policy_id = ? "
                                      "ORDER BY position", what, error);
  if (rules == NULL)
    return FALSE;
  sqlite3_bind_int64 (rules, 1, hearth_policy_get_id (policy));
  while ((status = sqlite3_step (rules)) == SQLITE_ROW)
    hearth_policy_add_choice (policy, (const char *) sqlite3_column_text (rules, 0),
                              (const char *) sqlite3_column_text (rules, 1),
                              (const char *) sqlite3_column_text (rules, 2));
  if (status != SQLITE_DONE)
    return hearth_store_set_sqlite_error (self, error, what);

  return TRUE;
}

static HearthPolicy *
policy_from_row (sqlite3_stmt *statement)
{
  HearthPolicy *policy = hearth_policy_new ((const char *) sqlite3_column_text (statement, 1));

  hearth_policy_set_id (policy, sqlite3_column_int64 (statement, 0));
  hearth_policy_set_review_date (policy, (const char *) sqlite3_column_text (statement, 2));
  hearth_policy_set_signatures (policy, sqlite3_column_int (statement, 3) != 0);
  hearth_policy_set_updated_at (policy, sqlite3_column_int64 (statement, 4));
  return policy;
}

#define POLICY_COLUMNS "id, name, review_date, signatures, updated_at, learner_id"

/* Returns the policy, or NULL with @error set (G_IO_ERROR_NOT_FOUND when
 * there is none with that id). */
HearthPolicy *
hearth_store_load_policy (HearthStore  *self,
                          gint64        policy_id,
                          gint64       *learner_id,
                          GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(HearthPolicy) policy = NULL;
  const char *what = _("Could not read the agreement");
  int status;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  statement = hearth_store_prepare (self, "SELECT " POLICY_COLUMNS " FROM policies WHERE id = ?", what, error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, policy_id);

  status = sqlite3_step (statement);
  if (status == SQLITE_DONE)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, policy_id);

      /* Translators: the first %s is a number, the second a file */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no agreement number %s in “%s”."),
                   number, hearth_store_get_path (self));
      return NULL;
    }
  if (status != SQLITE_ROW)
    {
      hearth_store_set_sqlite_error (self, error, what);
      return NULL;
    }

  policy = policy_from_row (statement);
  if (learner_id != NULL)
    *learner_id = sqlite3_column_int64 (statement, 5);
  if (!load_parts (self, policy, what, error))
    return NULL;

  return g_steal_pointer (&policy);
}

/* The learner's policies, each whole, the most recently changed first. */
GPtrArray *
hearth_store_list_policies (HearthStore  *self,
                            gint64        learner_id,
                            GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(GPtrArray) policies = g_ptr_array_new_with_free_func (g_object_unref);
  const char *what = _("Could not read the agreements");
  int status;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  statement = hearth_store_prepare (self, "SELECT " POLICY_COLUMNS " FROM policies WHERE learner_id = ? "
                                          "ORDER BY updated_at DESC, id DESC", what, error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, learner_id);

  while ((status = sqlite3_step (statement)) == SQLITE_ROW)
    {
      HearthPolicy *policy = policy_from_row (statement);

      g_ptr_array_add (policies, policy);
      if (!load_parts (self, policy, what, error))
        return NULL;
    }
  if (status != SQLITE_DONE)
    {
      hearth_store_set_sqlite_error (self, error, what);
      return NULL;
    }

  return g_steal_pointer (&policies);
}

gboolean
hearth_store_rename_policy (HearthStore  *self,
                            gint64        policy_id,
                            const char   *name,
                            GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autoptr(HearthPolicy) check = hearth_policy_new (NULL);
  const char *what = _("Could not rename the agreement");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  if (!hearth_policy_set_name (check, name, error))
    return FALSE;

  statement = hearth_store_prepare (self, "UPDATE policies SET name = ?, updated_at = ? WHERE id = ?", what, error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, hearth_store_now ());
  sqlite3_bind_int64 (statement, 3, policy_id);
  return hearth_store_step_done (self, statement, what, error) &&
         hearth_store_check_one_changed (self, what, error);
}

gboolean
hearth_store_delete_policy (HearthStore  *self,
                            gint64        policy_id,
                            GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  const char *what = _("Could not delete the agreement");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  statement = hearth_store_prepare (self, "DELETE FROM policies WHERE id = ?", what, error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, policy_id);
  return hearth_store_step_done (self, statement, what, error) &&
         hearth_store_check_one_changed (self, what, error);
}
