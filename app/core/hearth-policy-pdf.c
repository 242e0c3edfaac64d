/* hearth-policy-pdf.c: a home-policy sheet as a PDF file
 *
 * cairo embeds the fonts it uses and keeps the text as text, so the PDF
 * prints the same anywhere and a screen reader or a search finds every rule.
 * The file is written beside its final name and renamed into place only
 * once it is complete: a failed export leaves nothing half-written, and an
 * existing file untouched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-i18n.h"
#include "hearth-policy-pdf.h"

#include <cairo-pdf.h>
#include <gio/gio.h>

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} Writer;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Writer *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (writer->stream, data, length, NULL, NULL, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* Writes the sheet for @policy (or a blank sheet when @policy is NULL) to
 * @path. Fails with G_IO_ERROR_EXISTS when @path exists and @replace is
 * FALSE. */
gboolean
hearth_policy_export_pdf (HearthPolicyCatalogue  *catalogue,
                          HearthPolicy           *policy,
                          GPtrArray              *help_contacts,
                          const char             *language,
                          gboolean                bilingual,
                          HearthPaper             paper,
                          const char             *path,
                          gboolean                replace,
                          guint                  *n_pages,
                          GError                **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(HearthPolicySheet) sheet = NULL;
  g_autoptr(GCancellable) abandon = g_cancellable_new ();
  Writer writer = { 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint pages;

  g_return_val_if_fail (catalogue != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!replace && g_file_query_exists (file, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("“%s” already exists."), path);
      return FALSE;
    }

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    return FALSE;
  writer.stream = G_OUTPUT_STREAM (stream);

  hearth_paper_get_size (paper, &width, &height);
  sheet = hearth_policy_sheet_new (catalogue, policy, help_contacts, language, bilingual);
  surface = cairo_pdf_surface_create_for_stream (write_cb, &writer, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Hearth");
  if (policy != NULL && hearth_policy_get_id (policy) != 0)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, hearth_policy_get_name (policy));
  cr = cairo_create (surface);

  pages = hearth_policy_sheet_paginate (sheet, cr, width, height);
  for (guint page = 0; page < pages; page++)
    {
      hearth_policy_sheet_draw_page (sheet, cr, page);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (writer.error != NULL || status != CAIRO_STATUS_SUCCESS)
    {
      /* Closing a cancelled stream drops what was written. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      if (writer.error != NULL)
        g_propagate_prefixed_error (error, writer.error, _("Could not write “%s”: "), path);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"), path,
                     cairo_status_to_string (status));
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    return FALSE;

  if (n_pages != NULL)
    *n_pages = pages;
  return TRUE;
}
