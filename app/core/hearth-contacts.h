/* hearth-contacts.h: who to contact for help, and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hearth-text.h"

G_BEGIN_DECLS

#define HEARTH_CONTACTS_RESOURCE "/org/hearthapp/Hearth/help/contacts.xml"

/* A national contact, from data/help/contacts.xml.in, in every language. */
typedef struct
{
  char       *id;
  HearthText *name;
  HearthText *when;
  char       *phone;  /* nullable */
  char       *web;    /* nullable: an https:// address */
  gboolean    advice; /* a place to learn more, rather than to report or call */
} HearthContact;

/* A local contact a trainer enters, in her own words and language. */
typedef struct
{
  gint64  id;
  char   *name;
  char   *phone;
  char   *when;
} HearthLocalContact;

GPtrArray          *hearth_contacts_parse            (const char  *file_name,
                                                      const char  *data,
                                                      gssize       length,
                                                      GError     **error);
GPtrArray          *hearth_contacts_load_national    (GError     **error);
HearthLocalContact *hearth_local_contact_new         (gint64       id,
                                                      const char  *name,
                                                      const char  *phone,
                                                      const char  *when);
void                hearth_local_contact_free        (HearthLocalContact *contact);
gboolean            hearth_local_contact_check       (const char  *name,
                                                      const char  *phone,
                                                      const char  *when,
                                                      GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthLocalContact, hearth_local_contact_free)

G_END_DECLS
