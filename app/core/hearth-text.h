/* hearth-text.h: one piece of course text in every language it has
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _HearthText HearthText;

HearthText *hearth_text_new   (void);
void        hearth_text_free  (HearthText *self);
void        hearth_text_set   (HearthText *self,
                               const char *language,
                               const char *value);
const char *hearth_text_get   (const HearthText *self,
                               const char       *language);
gboolean    hearth_text_has   (const HearthText *self,
                               const char       *language);

char       *hearth_text_isolate_numbers (const char *text);
char       *hearth_text_isolate_left_to_right (const char *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthText, hearth_text_free)

G_END_DECLS
