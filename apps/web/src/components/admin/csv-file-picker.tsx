'use client';

import { Download } from 'lucide-react';

import { Button } from '~/components/ui/button';
import { labelClasses } from '~/components/ui/field';

/** A CSV file chooser, labelled by the caller (a LabelledField, or CsvFileWithTemplate below). */
export function CsvFileInput({ id, onFile }: { id: string; onFile: (file: File | undefined) => void }) {
  return (
    <input
      id={id}
      type="file"
      accept=".csv,text/csv"
      onChange={(event) => onFile(event.target.files?.[0])}
      className="block text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-semibold file:text-brand-700"
    />
  );
}

/** The head of a CSV import: the labelled file chooser and the link to the file's template. */
export function CsvFileWithTemplate({
  id,
  fileLabel,
  templateHref,
  templateLabel,
  onFile,
}: {
  id: string;
  fileLabel: string;
  templateHref: string;
  templateLabel: string;
  onFile: (file: File | undefined) => void;
}) {
  return (
    <div className="mt-4 flex flex-wrap items-end gap-4">
      <div>
        <label htmlFor={id} className={labelClasses}>
          {fileLabel}
        </label>
        <CsvFileInput id={id} onFile={onFile} />
      </div>
      <Button variant="secondary" size="sm" asChild>
        <a href={templateHref} download>
          <Download aria-hidden="true" className="h-4 w-4" />
          {templateLabel}
        </a>
      </Button>
    </div>
  );
}
