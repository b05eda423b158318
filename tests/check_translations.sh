#!/bin/sh
# Every user-visible string has its German translation, and every "%n" string its English plural
# forms: lupdate, run on copies of the .ts files over today's sources, must find nothing
# unfinished or empty. Usage: check_translations.sh LUPDATE SOURCE_DIR WORK_DIR
set -eu
lupdate=$1
source=$2
work=$3
mkdir -p "$work"
cp "$source/translations/grove_de.ts" "$source/translations/grove_en.ts" "$work/"
cd "$source"
"$lupdate" -silent -no-obsolete -locations none -I . core ui app -ts "$work/grove_de.ts"
"$lupdate" -silent -no-obsolete -locations none -pluralonly -I . core ui app -ts "$work/grove_en.ts"
fail=0
for file in "$work/grove_de.ts" "$work/grove_en.ts"; do
    name=$(basename "$file")
    unfinished=$(grep -c 'type="unfinished"' "$file" || true)
    empty=$(grep -cE '<translation></translation>|<numerusform></numerusform>' "$file" || true)
    if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
        echo "$name: $unfinished unfinished and $empty empty translation(s); run the update_translations target and translate them:"
        grep -B3 -E 'type="unfinished"|<translation></translation>|<numerusform></numerusform>' "$file" | grep '<source>' | head -20
        fail=1
    else
        echo "$name: complete"
    fi
done
exit $fail
