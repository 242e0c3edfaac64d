/* hearth-report.c: the anonymised report for funders, as CSV
 *
 * One row per participant and module, as RFC 4180 has it: lines end in
 * CR LF, and a field holding a comma, a double quote, a CR or an LF is put
 * in double quotes, with each double quote in it doubled. The text is UTF-8
 * and starts with a byte-order mark, without which spreadsheet programs on
 * Windows read Bengali or Arabic workshop names as nonsense.
 *
 * The columns, chosen so a spreadsheet can add them up as they are:
 *   participant        the learner's random participant code, e.g. 3FA09C21B7;
 *                      never her name, PIN or anything from her home policies
 *   workshop           the workshop's name, empty when she is in none
 *   language           the code of the language she learns in: en, bn, ar, …
 *   module             the module's id, e.g. 01-know-your-gadgets
 *   started            1 when she has opened any lesson of the module, else 0
 *   completed          1 when she has finished every lesson and the quiz, else 0
 *   quiz_score         right answers in her best quiz attempt, empty when none
 *   quiz_total         questions in that attempt, empty when none; a score is
 *                      two columns, as "8/10" would become a date in a spreadsheet
 *   confidence_before  the mean of her answers (1 to 5) to the confidence
 *   confidence_after   questions before and after the module, with one decimal
 *                      and a full stop (3.7), empty when she skipped them
 *   intention          her answer (1 to 5) to "I will talk with my children
 *                      about this", after the module, empty when not answered
 * So AVERAGE over "completed" gives the share who completed a module, and
 * empty cells, not zeros, stand for "no answer", which spreadsheets leave out
 * of an average. A workshop name starting with = + - or @ gets a ' before it,
 * so a spreadsheet shows it rather than running it as a formula.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-i18n.h"
#include "hearth-outcomes.h"
#include "hearth-report.h"

#include <glib/gstdio.h>
#include <math.h>

#define BYTE_ORDER_MARK "\xEF\xBB\xBF"

static void
append_field (GString    *csv,
              const char *text)
{
  if (text == NULL)
    text = "";

  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (csv, text);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *c);
    }
  g_string_append_c (csv, '"');
}

/* Free text a trainer typed, made safe from spreadsheet formulas. */
static void
append_text_field (GString    *csv,
                   const char *text)
{
  g_autofree char *guarded = NULL;

  if (text != NULL && text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL)
    text = guarded = g_strconcat ("'", text, NULL);
  append_field (csv, text);
}

static void
append_number (GString *csv,
               int      value,
               gboolean known)
{
  g_string_append_c (csv, ',');
  if (known)
    g_string_append_printf (csv, "%d", value);
}

static void
append_mean (GString *csv,
             double   mean)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_c (csv, ',');
  if (!isnan (mean))
    g_string_append (csv, g_ascii_formatd (buffer, sizeof buffer, "%.1f", mean));
}

/* The whole report in memory (a few megabytes for thousands of learners),
 * so that writing it is one step that either happens or does not. */
char *
hearth_report_format_csv (GPtrArray *outcomes,
                          gsize     *length)
{
  GString *csv;

  g_return_val_if_fail (outcomes != NULL, NULL);

  csv = g_string_sized_new (64 + outcomes->len * 64);
  g_string_append (csv, BYTE_ORDER_MARK HEARTH_REPORT_HEADER "\r\n");

  for (guint i = 0; i < outcomes->len; i++)
    {
      HearthOutcome *outcome = g_ptr_array_index (outcomes, i);
      gboolean has_quiz = outcome->quiz_score >= 0;

      append_field (csv, outcome->participant_code);
      g_string_append_c (csv, ',');
      append_text_field (csv, outcome->workshop);
      g_string_append_c (csv, ',');
      append_field (csv, outcome->language);
      g_string_append_c (csv, ',');
      append_field (csv, outcome->module_id);
      append_number (csv, outcome->started ? 1 : 0, TRUE);
      append_number (csv, outcome->completed ? 1 : 0, TRUE);
      append_number (csv, outcome->quiz_score, has_quiz);
      append_number (csv, outcome->quiz_total, has_quiz);
      append_mean (csv, outcome->confidence_before);
      append_mean (csv, outcome->confidence_after);
      append_number (csv, outcome->intention, outcome->intention > 0);
      g_string_append (csv, "\r\n");
    }

  if (length != NULL)
    *length = csv->len;
  return g_string_free (csv, FALSE);
}

/* Writes beside @path under a temporary name, and renames it into place only
 * once every byte is on disk (GLib's consistent and durable replace): a
 * failure leaves nothing half-written, and a report already there untouched.
 * Readable by others, as the report is for sharing and has no names. */
static gboolean
write_atomically (const char  *path,
                  const char  *data,
                  gsize        length,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_set_contents_full (path, data, length,
                                G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                0644, &local_error))
    return TRUE;

  g_set_error (error, G_IO_ERROR, g_io_error_from_file_error (local_error->code),
               _("Could not write the report “%s”: %s. "
                 "Choose a folder you may write to, such as your Documents folder."),
               path, local_error->message);
  return FALSE;
}

gboolean
hearth_report_write_csv (GPtrArray  *outcomes,
                         GFile      *file,
                         GError    **error)
{
  g_autofree char *csv = NULL;
  const char *path;
  gsize length;

  g_return_val_if_fail (outcomes != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  csv = hearth_report_format_csv (outcomes, &length);
  path = g_file_peek_path (file);
  if (path != NULL)
    return write_atomically (path, csv, length, error);

  /* Not a local file: GIO's replace writes a temporary file too. */
  return g_file_replace_contents (file, csv, length, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}
