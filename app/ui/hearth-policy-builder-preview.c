/* hearth-policy-builder-preview.c: the last step: look it over, print or save
 *
 * Part of HearthPolicyBuilder. The sheet as it will print, in the learner's
 * language or with the English beneath, on A4 or US Letter; printing goes
 * through GtkPrintOperation, saving through a file chooser.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "hearth-i18n.h"
#include "hearth-policy-builder-private.h"
#include "hearth-language.h"
#include "hearth-policy-pdf.h"
#include "hearth-policy-print.h"


static void
print_clicked_cb (HearthPolicyBuilder *self)
{
  g_autoptr(GError) error = NULL;

  if (!hearth_policy_print (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->catalogue, self->policy,
                            self->contacts, hearth_policy_builder_language (self), self->bilingual,
                            GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error))
    hearth_policy_builder_tell (self, error->message);
}

static void
save_response_cb (GtkNativeDialog     *chooser,
                  int                  response,
                  HearthPolicyBuilder *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      /* The file chooser has asked before replacing a file. */
      if (!hearth_policy_export_pdf (self->catalogue, self->policy, self->contacts, hearth_policy_builder_language (self),
                                     self->bilingual, self->paper, path, TRUE, NULL, &error))
        hearth_policy_builder_tell (self, error->message);
      else
        {
          /* Translators: %s is a file's name */
          g_autofree char *message = g_strdup_printf (_("Saved “%s”"), g_file_peek_path (file));

          hearth_policy_builder_tell (self, message);
        }
    }

  g_object_unref (chooser);
}

static void
save_clicked_cb (HearthPolicyBuilder *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = g_strdup_printf ("%s.pdf", hearth_policy_get_name (self->policy));

  chooser = gtk_file_chooser_native_new (_("Save the Agreement"), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
bilingual_toggled_cb (GtkCheckButton      *button,
                      HearthPolicyBuilder *self)
{
  self->bilingual = gtk_check_button_get_active (button);
  hearth_policy_builder_show_step (self);
}

static void
paper_changed_cb (GtkDropDown         *paper,
                  GParamSpec          *pspec,
                  HearthPolicyBuilder *self)
{
  self->paper = gtk_drop_down_get_selected (paper) == 1 ? HEARTH_PAPER_LETTER : HEARTH_PAPER_A4;
  hearth_policy_builder_show_step (self);
}

void
hearth_policy_builder_build_preview (HearthPolicyBuilder *self)
{
  const char *papers[] = { _("A4 paper"), _("US Letter paper"), NULL };
  GtkWidget *options = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *paper = gtk_drop_down_new_from_strings (papers);
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkWidget *save_pdf = gtk_button_new_with_mnemonic (_("_Save as PDF…"));
  g_autoptr(GPtrArray) pages = NULL;

  gtk_label_set_text (self->title, _("Your Agreement"));
  gtk_label_set_text (self->intro, _("Look it over, then print it or save it. You can come back and change it at any time."));

  if (g_strcmp0 (hearth_policy_builder_language (self), HEARTH_SOURCE_LANGUAGE) != 0)
    {
      GtkWidget *bilingual = gtk_check_button_new_with_mnemonic (_("_English beneath each line"));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (bilingual), self->bilingual);
      g_signal_connect (bilingual, "toggled", G_CALLBACK (bilingual_toggled_cb), self);
      gtk_box_append (GTK_BOX (options), bilingual);
    }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (paper), self->paper == HEARTH_PAPER_LETTER ? 1 : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (paper), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Paper size"), -1);
  g_signal_connect (paper, "notify::selected", G_CALLBACK (paper_changed_cb), self);
  gtk_box_append (GTK_BOX (options), paper);
  gtk_box_append (self->content, options);

  for (GtkWidget *button = print; button != NULL; button = button == print ? save_pdf : NULL)
    {
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "big-button");
      gtk_box_append (GTK_BOX (actions), button);
    }
  gtk_widget_add_css_class (print, "suggested-action");
  g_signal_connect_swapped (print, "clicked", G_CALLBACK (print_clicked_cb), self);
  g_signal_connect_swapped (save_pdf, "clicked", G_CALLBACK (save_clicked_cb), self);
  gtk_box_append (self->content, actions);

  pages = hearth_policy_render_pages (self->catalogue, self->policy, self->contacts, hearth_policy_builder_language (self),
                                      self->bilingual, self->paper, 1.2);
  for (guint i = 0; i < pages->len; i++)
    {
      GtkWidget *picture = gtk_picture_new_for_paintable (g_ptr_array_index (pages, i));
      /* Translators: a description of the preview for screen readers, e.g. "Page 1 of 2" */
      g_autofree char *description = g_strdup_printf (_("Page %u of %u of the agreement"), i + 1, pages->len);

      gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
      /* Full size, to read before printing; the page scrolls. */
      gtk_widget_set_size_request (picture, -1, gdk_paintable_get_intrinsic_height (g_ptr_array_index (pages, i)));
      gtk_picture_set_alternative_text (GTK_PICTURE (picture), description);
      gtk_widget_add_css_class (picture, "card");
      gtk_box_append (self->content, picture);
    }
}
