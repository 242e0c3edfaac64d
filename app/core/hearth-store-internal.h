/* hearth-store-internal.h: what the files of HearthStore share
 *
 * HearthStore is split by subject over hearth-store*.c; they share its
 * statement helpers through this header, which nothing else includes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "hearth-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

gint64        hearth_store_now              (void);
sqlite3      *hearth_store_get_db           (HearthStore   *self);
sqlite3_stmt *hearth_store_prepare          (HearthStore   *self,
                                             const char    *sql,
                                             const char    *what,
                                             GError       **error);
gboolean      hearth_store_step_done        (HearthStore   *self,
                                             sqlite3_stmt  *statement,
                                             const char    *what,
                                             GError       **error);
gboolean      hearth_store_exec             (HearthStore   *self,
                                             const char    *sql,
                                             const char    *what,
                                             GError       **error);
gboolean      hearth_store_check_one_changed (HearthStore  *self,
                                              const char   *what,
                                              GError      **error);
gboolean      hearth_store_set_sqlite_error (HearthStore   *self,
                                             GError       **error,
                                             const char    *what);

/* hearth-store-backup.c and the migrations in hearth-store.c */
gboolean      hearth_store_migrate          (HearthStore   *self,
                                             GError       **error);
gboolean      hearth_store_backup_before_update (HearthStore  *self,
                                                 int           from_version,
                                                 int           to_version,
                                                 GError      **error);

G_END_DECLS
