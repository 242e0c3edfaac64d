/* hearth-contacts.c: who to contact for help, and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-contacts.h"
#include "hearth-course-loader.h"
#include "hearth-i18n.h"

#include <gio/gio.h>
#include <string.h>

static void
contact_free (gpointer data)
{
  HearthContact *contact = data;

  g_free (contact->id);
  hearth_text_free (contact->name);
  hearth_text_free (contact->when);
  g_free (contact->phone);
  g_free (contact->web);
  g_free (contact);
}

typedef struct
{
  const char          *file_name;
  GMarkupParseContext *context;
  GPtrArray           *contacts;
  HearthContact       *contact;   /* the one being read */
  HearthText          *target;    /* its name or when, being read */
  char                *language;
  GString             *text;
} Parser;

G_GNUC_PRINTF (3, 4)
static void
set_invalid (Parser      *parser,
             GError     **error,
             const char  *format,
             ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, HEARTH_COURSE_ERROR, HEARTH_COURSE_ERROR_INVALID,
               "%s:%d: %s", parser->file_name, hearth_markup_line (parser->context), reason);
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Parser *parser = user_data;
  const char *parent = g_markup_parse_context_get_element_stack (context)->next
                       ? g_markup_parse_context_get_element_stack (context)->next->data : NULL;
  g_autoptr(GError) local_error = NULL;

  if (strcmp (element, "contacts") == 0 && parent == NULL)
    return;

  if (strcmp (element, "contact") == 0 && g_strcmp0 (parent, "contacts") == 0)
    {
      const char *id = NULL, *phone = NULL, *web = NULL, *kind = NULL;

      if (!g_markup_collect_attributes (element, names, values, &local_error,
                                        G_MARKUP_COLLECT_STRING, "id", &id,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "kind", &kind,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "phone", &phone,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "web", &web,
                                        G_MARKUP_COLLECT_INVALID))
        {
          set_invalid (parser, error, "%s", local_error->message);
          return;
        }
      if (phone == NULL && web == NULL)
        {
          set_invalid (parser, error, "contact “%s” needs a phone number or a web address", id);
          return;
        }
      if (kind != NULL && strcmp (kind, "advice") != 0)
        {
          set_invalid (parser, error, "kind “%s” of “%s” is not “advice”", kind, id);
          return;
        }
      if (web != NULL && !g_str_has_prefix (web, "https://"))
        {
          set_invalid (parser, error, "the web address of “%s” must start with https://", id);
          return;
        }

      parser->contact = g_new0 (HearthContact, 1);
      parser->contact->id = g_strdup (id);
      parser->contact->phone = g_strdup (phone);
      parser->contact->web = g_strdup (web);
      parser->contact->advice = kind != NULL;
      g_ptr_array_add (parser->contacts, parser->contact);
      return;
    }

  if ((strcmp (element, "name") == 0 || strcmp (element, "when") == 0) && g_strcmp0 (parent, "contact") == 0)
    {
      HearthText **slot = element[0] == 'n' ? &parser->contact->name : &parser->contact->when;
      const char *language = NULL;

      if (!g_markup_collect_attributes (element, names, values, &local_error,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "xml:lang", &language,
                                        G_MARKUP_COLLECT_INVALID))
        {
          set_invalid (parser, error, "%s", local_error->message);
          return;
        }
      if (*slot == NULL)
        *slot = hearth_text_new ();
      parser->target = *slot;
      g_free (parser->language);
      parser->language = g_strdup (language);
      g_string_truncate (parser->text, 0);
      return;
    }

  set_invalid (parser, error, "<%s> cannot be inside <%s>", element, parent != NULL ? parent : "the document");
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Parser *parser = user_data;

  if (parser->target != NULL)
    {
      g_autofree char *value = hearth_markup_collapse_space (parser->text->str);

      hearth_text_set (parser->target, parser->language, value);
      parser->target = NULL;
    }
  else if (strcmp (element, "contact") == 0)
    {
      if (parser->contact->name == NULL || parser->contact->when == NULL)
        set_invalid (parser, error, "contact “%s” needs a <name> and a <when>", parser->contact->id);
      parser->contact = NULL;
    }
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Parser *parser = user_data;

  if (parser->target != NULL)
    g_string_append_len (parser->text, text, length);
}

static const GMarkupParser markup_parser = {
  .start_element = start_element_cb,
  .end_element = end_element_cb,
  .text = text_cb,
};

GPtrArray *
hearth_contacts_parse (const char  *file_name,
                       const char  *data,
                       gssize       length,
                       GError     **error)
{
  Parser parser = { .file_name = file_name };
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (contact_free);
  gboolean ok;

  parser.contacts = contacts;
  parser.text = g_string_new (NULL);
  parser.context = g_markup_parse_context_new (&markup_parser, 0, &parser, NULL);

  ok = g_markup_parse_context_parse (parser.context, data, length, error) &&
       g_markup_parse_context_end_parse (parser.context, error);

  g_markup_parse_context_free (parser.context);
  g_string_free (parser.text, TRUE);
  g_free (parser.language);

  return ok ? g_steal_pointer (&contacts) : NULL;
}

/* The national contacts built into Hearth, in every language. */
GPtrArray *
hearth_contacts_load_national (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (HEARTH_CONTACTS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;

  return hearth_contacts_parse ("contacts.xml", g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

HearthLocalContact *
hearth_local_contact_new (gint64      id,
                          const char *name,
                          const char *phone,
                          const char *when)
{
  HearthLocalContact *contact = g_new0 (HearthLocalContact, 1);

  contact->id = id;
  contact->name = g_strdup (name);
  contact->phone = g_strdup (phone);
  contact->when = g_strdup (when);
  return contact;
}

void
hearth_local_contact_free (HearthLocalContact *contact)
{
  if (contact == NULL)
    return;

  g_free (contact->name);
  g_free (contact->phone);
  g_free (contact->when);
  g_free (contact);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* A local contact needs a name, a number someone can dial (digits, spaces,
 * and + ( ) - only, at least three digits) and when to call it. */
gboolean
hearth_local_contact_check (const char  *name,
                            const char  *phone,
                            const char  *when,
                            GError     **error)
{
  guint digits = 0;

  if (is_blank (name) || g_utf8_strlen (name, -1) > 80)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Please give the contact a name, of at most 80 letters."));
      return FALSE;
    }

  for (const char *p = phone; p != NULL && *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr (" +()-", *p) == NULL)
        {
          digits = 0;
          break;
        }
    }
  if (digits < 3 || digits > 15)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Please type a phone number using digits, for example 01375 652802."));
      return FALSE;
    }

  if (is_blank (when) || g_utf8_strlen (when, -1) > 200)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Please say when to call this number, in at most 200 letters."));
      return FALSE;
    }

  return TRUE;
}
