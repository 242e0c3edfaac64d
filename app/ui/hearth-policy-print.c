/* hearth-policy-print.c: printing a home policy, and picturing its pages
 *
 * Printing lays out the same HearthPolicySheet as the PDF, on the printer's
 * page. The page setup and print settings a family chose are kept in the
 * user's config folder, so the next print starts from them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"
#include "hearth-policy-print.h"

#define PRINT_GROUP "Print Settings"
#define PAGE_GROUP  "Page Setup"

typedef struct
{
  HearthPolicySheet *sheet;
} PrintJob;

static char *
settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "hearth", "printing.ini", NULL);
}

static void
load_settings (GtkPrintOperation *operation)
{
  g_autofree char *path = settings_path ();
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return;

  settings = gtk_print_settings_new_from_key_file (file, PRINT_GROUP, NULL);
  page_setup = gtk_page_setup_new_from_key_file (file, PAGE_GROUP, NULL);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);
  if (page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, page_setup);
}

static void
save_settings (GtkPrintOperation *operation)
{
  g_autofree char *path = settings_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  GtkPageSetup *page_setup = gtk_print_operation_get_default_page_setup (operation);

  if (settings != NULL)
    gtk_print_settings_to_key_file (settings, file, PRINT_GROUP);
  if (page_setup != NULL)
    gtk_page_setup_to_key_file (page_setup, file, PAGE_GROUP);

  g_mkdir_with_parents (folder, 0700);
  g_key_file_save_to_file (file, path, NULL);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  guint pages = hearth_policy_sheet_paginate (job->sheet, gtk_print_context_get_cairo_context (context),
                                              gtk_print_context_get_width (context),
                                              gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) pages);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  hearth_policy_sheet_draw_page (job->sheet, gtk_print_context_get_cairo_context (context), (guint) page);
}

/* Prints, or with GTK_PRINT_OPERATION_ACTION_EXPORT writes @export_path
 * through the same printing path, without a dialog. */
gboolean
hearth_policy_print (GtkWindow              *parent,
                     HearthPolicyCatalogue  *catalogue,
                     HearthPolicy           *policy,
                     GPtrArray              *help_contacts,
                     const char             *language,
                     gboolean                bilingual,
                     GtkPrintOperationAction action,
                     const char             *export_path,
                     GError                **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(HearthPolicySheet) sheet = hearth_policy_sheet_new (catalogue, policy, help_contacts,
                                                                language, bilingual);
  PrintJob job = { sheet };
  GtkPrintOperationResult result;

  load_settings (operation);
  /* The sheet draws its own margins. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, hearth_policy_get_name (policy));
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), &job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), &job);

  result = gtk_print_operation_run (operation, action, parent, error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    save_settings (operation);

  return TRUE;
}

/* Pictures of the sheet's pages, @scale pixels a point, for the preview. */
GPtrArray *
hearth_policy_render_pages (HearthPolicyCatalogue *catalogue,
                            HearthPolicy          *policy,
                            GPtrArray             *help_contacts,
                            const char            *language,
                            gboolean               bilingual,
                            HearthPaper            paper,
                            double                 scale)
{
  g_autoptr(HearthPolicySheet) sheet = hearth_policy_sheet_new (catalogue, policy, help_contacts,
                                                                language, bilingual);
  GPtrArray *textures = g_ptr_array_new_with_free_func (g_object_unref);
  double width, height;
  int pixel_width, pixel_height;
  cairo_surface_t *measure;
  cairo_t *cr;
  guint pages;

  hearth_paper_get_size (paper, &width, &height);
  pixel_width = (int) (width * scale);
  pixel_height = (int) (height * scale);

  measure = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (measure);
  cairo_scale (cr, scale, scale);
  pages = hearth_policy_sheet_paginate (sheet, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_destroy (measure);

  for (guint page = 0; page < pages; page++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
      g_autoptr(GBytes) bytes = NULL;

      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, scale, scale);
      hearth_policy_sheet_draw_page (sheet, cr, page);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                           (gsize) cairo_image_surface_get_stride (surface) * pixel_height);
      g_ptr_array_add (textures, gdk_memory_texture_new (pixel_width, pixel_height,
                                                         GDK_MEMORY_DEFAULT, bytes,
                                                         cairo_image_surface_get_stride (surface)));
      cairo_surface_destroy (surface);
    }

  return textures;
}
