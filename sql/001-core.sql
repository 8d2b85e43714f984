-- 001: the foundation's tables. InnoDB, utf8mb4, a primary key on each.
-- Applied once by `dvcctl migrate` (recorded in schema_migration); never
-- edit a migration that has shipped: add the next number instead.

-- Agencies that receive and process dossiers. The catalogue migration
-- adds the rest of their record (address, history of mergers...).
CREATE TABLE agency (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- electronic identifier (Circular 10/2016/TT-BTTTT), e.g. 000.00.15.H34
  code VARCHAR(24) NOT NULL,
  name VARCHAR(255) NOT NULL,
  level ENUM('province', 'district', 'commune') NOT NULL,
  parent_id INT UNSIGNED NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY agency_code (code),
  KEY agency_parent (parent_id),
  CONSTRAINT agency_parent_fk FOREIGN KEY (parent_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Everyone who logs in: citizens, organisations, staff.
CREATE TABLE account (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind ENUM('citizen', 'organisation', 'staff') NOT NULL,
  email VARCHAR(254) NULL,
  phone VARCHAR(15) NULL,
  full_name VARCHAR(100) NOT NULL,
  -- pbkdf2-sha256$ITER$SALT$HASH (cgi/domain/account.c)
  password_hash VARCHAR(200) NOT NULL,
  agency_id INT UNSIGNED NULL,
  status ENUM('pending', 'active', 'disabled') NOT NULL DEFAULT 'pending',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY account_email (email),
  KEY account_agency (agency_id),
  CONSTRAINT account_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Staff roles; a member of staff may hold several.
CREATE TABLE account_role (
  account_id BIGINT UNSIGNED NOT NULL,
  role ENUM('reception', 'specialist', 'leader', 'agency_admin', 'province_admin') NOT NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT account_role_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Announcements shown on the home page and at /thong-bao.
CREATE TABLE announcement (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  body TEXT NOT NULL,
  published_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  hidden TINYINT(1) NOT NULL DEFAULT 0,
  KEY announcement_visible (hidden, published_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Feedback from the public (Article 9.4). client_ip is kept to limit
-- how many messages one address sends per hour.
CREATE TABLE feedback (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  full_name VARCHAR(100) NOT NULL,
  email VARCHAR(254) NULL,
  phone VARCHAR(15) NULL,
  subject VARCHAR(200) NOT NULL,
  body TEXT NOT NULL,
  client_ip VARBINARY(16) NULL,
  status ENUM('new', 'read', 'answered') NOT NULL DEFAULT 'new',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY feedback_ip (client_ip, created_at),
  KEY feedback_status (status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
