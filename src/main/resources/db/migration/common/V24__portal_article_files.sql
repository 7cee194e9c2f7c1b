-- Images and files of the portal's articles. The file itself is kept by the attachment module (owner
-- 'portal-article'); an image's caption is also its text alternative for readers who cannot see it.
create table portal_article_file (
  attachment_id bigint primary key,
  article_id bigint not null references portal_article (id),
  caption varchar(500),
  image boolean not null
);

create index portal_article_file_article on portal_article_file (article_id);
